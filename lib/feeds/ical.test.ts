import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { siteUrl } from "@/lib/site-url";
import { buildCalendar, foldOctets, windowEvents } from "./ical";
import { feedNotice, impact000, undatedNotice } from "./test-fixtures";

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

describe("buildCalendar", () => {
  it("writes each window in UTC with a stable UID, a parseable iCalendar", () => {
    const ics = buildCalendar([feedNotice()], "メンテナンス・障害情報");
    const [event] = events(ics);
    expect(event!.getFirstPropertyValue("uid")).toBe("2019-07-29-webcollect-scheduled-maintenance.main@maintenance-notices");
    expect(unfold(ics)).toContain("\r\nDTSTART:20190728T170000Z\r\n");
    expect(unfold(ics)).toContain("\r\nDTEND:20190728T220000Z\r\n");
    expect(unfold(ics)).toContain("\r\nSUMMARY:「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ\r\n");
    expect(unfold(ics)).toContain("\r\nX-WR-CALNAME:メンテナンス・障害情報\r\n");
    expect(unfold(ics)).toContain("\r\nSTATUS:CONFIRMED\r\n");
    expect(String(event!.getFirstPropertyValue("description"))).toContain(siteUrl("/notices/2019-07-29-webcollect-scheduled-maintenance"));
    expect(String(event!.getFirstPropertyValue("description"))).toContain("2019年7月29日(月) 午前2:00～7:00 (5時間)");
  });

  it("raises SEQUENCE with each amendment readers are told about, keeping the UID", () => {
    const before = windowEvents(feedNotice())[0]!;
    const after = windowEvents(feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }]))[0]!;
    expect(before.sequence).toBe(0);
    expect(after.sequence).toBe(1);
    expect(after.uid).toBe(before.uid);
    expect(unfold(buildCalendar([feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }])], "x"))).toContain("\r\nLAST-MODIFIED:20190723T010000Z\r\n");
  });

  it("does not raise SEQUENCE or LAST-MODIFIED for a 表記修正", () => {
    const notice = feedNotice([
      { type: "ADDENDUM", at: "2019-07-23T01:00:00Z" },
      { type: "EDITORIAL", at: "2019-07-25T01:00:00Z" },
    ]);
    const ics = unfold(buildCalendar([notice], "x"));
    expect(ics).toContain("\r\nSEQUENCE:1\r\n");
    expect(ics).toContain("\r\nLAST-MODIFIED:20190723T010000Z\r\n");
  });

  it("gives CREATED only where the publication date is known, and always a DTSTAMP", () => {
    expect(unfold(buildCalendar([feedNotice()], "x"))).toContain("\r\nCREATED:20190622T010000Z\r\n");
    const undated = unfold(buildCalendar([undatedNotice("2026-11-29T03:00:00Z")], "x"));
    expect(undated).not.toContain("CREATED");
    expect(undated).toContain("\r\nDTSTAMP:20261129T030000Z\r\n");
  });

  it("marks a cancelled window STATUS:CANCELLED", () => {
    const cancelled = feedNotice([{ type: "CANCELLATION", at: "2019-07-25T01:00:00Z" }]);
    cancelled.windows = cancelled.windows.map((w) => ({ ...w, status: "CANCELLED" }));
    const [event] = events(buildCalendar([cancelled], "x"));
    expect(event!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event!.getFirstPropertyValue("sequence")).toBe(1);
  });

  it("is the same text on every request (DTSTAMP is the revision's date, not now)", () => {
    const notice = feedNotice();
    expect(buildCalendar([notice], "x")).toBe(buildCalendar([notice], "x"));
    expect(buildCalendar([notice], "x")).toContain("\r\nDTSTAMP:20190622T010000Z\r\n");
  });

  it("orders events by start and is valid with no events at all", () => {
    const early = feedNotice([], { slug: "a-early" });
    early.windows = [{ ...early.windows[0]!, startsAt: new Date("2019-01-01T00:00:00Z"), endsAt: new Date("2019-01-01T01:00:00Z") }];
    const uids = events(buildCalendar([feedNotice(), early], "x")).map((e) => e.getFirstPropertyValue("uid"));
    expect(uids).toEqual(["a-early.main@maintenance-notices", "2019-07-29-webcollect-scheduled-maintenance.main@maintenance-notices"]);
    expect(events(buildCalendar([], "x"))).toEqual([]);
  });
});

describe("foldOctets", () => {
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it("keeps every line within 75 octets without splitting a character", () => {
    const long = `SUMMARY:${"メンテナンス".repeat(30)}`;
    const folded = foldOctets(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
    for (const line of folded.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`BEGIN:VCALENDAR\r\n${long}\r\nEND:VCALENDAR\r\n`);
  });

  it("re-folds what ics folded by characters", () => {
    const notice = feedNotice();
    notice.title = { ja: "お知らせ".repeat(40), en: null };
    const ics = buildCalendar([notice], "x");
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(events(ics)[0]!.getFirstPropertyValue("summary")).toBe("お知らせ".repeat(40));
  });
});

describe("windowUid", () => {
  it("cannot give two different (notice, window) pairs the same UID", async () => {
    const { windowUid } = await import("./ids");
    expect(windowUid("x-main", "a")).not.toBe(windowUid("x", "main-a"));
  });

  it("categorises each event by what the notice stops, by the names it was published with", () => {
    const [event] = events(buildCalendar([feedNotice()], "x"));
    const categories = event!.getFirstProperty("categories")!.getValues();
    expect(categories).toEqual([
      "クロネコwebコレクト",
      "クレジットカード払い",
      "コンビニオンライン払い",
      "キャリア払い",
      "クロネコペイ",
      "リンク方式お支払い手続き画面",
      "トークン(組込)方式",
      "API方式",
      "トークン(モーダル)方式",
      "クロネコペイ(モーダル)",
      "加盟店管理画面",
      "テスト環境(画面)",
    ]);
  });

  it("escapes a comma in a category name, so that it stays one category", () => {
    const impact = impact000();
    impact.names.services.webcollect = { ja: "クロネコ,webコレクト", en: null };
    const notice = feedNotice();
    notice.impact = impact;
    const [event] = events(buildCalendar([notice], "x"));
    expect(event!.getFirstProperty("categories")!.getValues()[0]).toBe("クロネコ,webコレクト");
  });
});

describe("control characters in the texts (rows written before the schemas refused them, or by hand)", () => {
  const every = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join("") + "\u007f\u0085";
  const dirty = () => {
    const notice = feedNotice([{ type: "CORRECTION", at: "2019-07-23T01:00:00Z", summary: `要約${every}終わり` }]);
    notice.title = { ja: `題${every}名`.repeat(4), en: null };
    notice.windows = notice.windows.map((w) => ({ ...w, key: `main${every}` }));
    return notice;
  };
  const octets = (s: string) => new TextEncoder().encode(s).length;

  it("still give a calendar ical.js parses, lines of at most 75 octets, no bare CR or LF, no other control character", () => {
    const ics = buildCalendar([dirty()], `名前${every}`);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(ics.replace(/\r\n/g, "").replace(/\t/g, "")).not.toMatch(/\p{Cc}/u);
    for (const line of ics.split("\r\n")) expect(octets(line)).toBeLessThanOrEqual(75);
    const [event] = events(ics);
    // TAB stays (TEXT allows it); LF and CR become line breaks (escaped \n); the rest goes
    expect(event!.getFirstPropertyValue("summary")).toBe("題\t\n\n名".repeat(4));
    expect(String(event!.getFirstPropertyValue("description"))).toContain("要約\t\n\n終わり");
    // the key (never cleaned as a text) lost its bare CR in the last pass
    expect(String(event!.getFirstPropertyValue("uid"))).not.toContain("\r");
  });
});
