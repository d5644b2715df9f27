import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { draftNotice, minimalContent, publishedAmendment, publishedNotice } from "@/test/db-helpers";
import { atomFeedDocument, calendarDocument, noticeCalendarDocument } from "./documents";

beforeAll(async () => {
  await seed();
});

type Entry = { id: string; title: { "#text": string }; updated: string; published: string; link: { "@_href": string }[]; summary: { "#text": string } };

function parseFeed(xml: string): { updated: string; entry?: Entry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(xml).feed;
}
const entryOf = (feed: { entry?: Entry[] }, slug: string) => feed.entry?.find((e) => e.link[0]!["@_href"].endsWith(`/notices/${slug}`));
const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
const eventOf = (ics: string, uid: string) => events(ics).find((e) => e.getFirstPropertyValue("uid") === uid);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
// other integration files may have published notices of their own in this database
const publishedCount = () => db.notice.count({ where: { state: "PUBLISHED", deletedAt: null } });

describe("Atom feeds", () => {
  it("has one entry per published notice, 000 dated by its 7/23 addendum", async () => {
    const { body, lastModified } = await atomFeedDocument("ja");
    const feed = parseFeed(body);
    expect(feed.entry).toHaveLength(await publishedCount());

    const amended = entryOf(feed, notice000.slug)!;
    expect(amended.title["#text"]).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり");
    expect(amended.updated).toBe("2019-07-23T01:00:00.000Z");
    expect(amended.published).toBe("2019-06-22T01:00:00.000Z");
    expect(amended.link[0]!["@_href"]).toBe(siteUrl(`/notices/${notice000.slug}`));
    expect(amended.summary["#text"]).toContain("(7月23日追記) 「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記");
    expect(amended.summary["#text"]).toContain("2019年7月29日(月) 午前2:00～7:00 (5時間)");

    const extraordinary = entryOf(feed, notice001.slug)!;
    expect(extraordinary.title["#text"]).toBe("「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ");
    // its letter states no publication date: no <published>, and <updated> (which Atom requires)
    // is the instant it was backfilled here, never a made-up 2020 date
    const backfilled = await db.revision.findFirstOrThrow({ where: { notice: { slug: notice001.slug }, number: 1 } });
    expect(backfilled.publishedAtKnown).toBe(false);
    expect(extraordinary.published).toBeUndefined();
    expect(extraordinary.updated).toBe(backfilled.publishedAt!.toISOString());
    expect(extraordinary.summary["#text"]).toContain("2020年4月20日(月) 午前2:00～6:00 (4時間)");

    // the backfilled seed was written long after 2019: Last-Modified follows the write
    expect(lastModified!.getTime()).toBeGreaterThanOrEqual(new Date("2019-07-23T01:00:00Z").getTime());
  });

  it("links English entries to /en with English titles", async () => {
    const feed = parseFeed((await atomFeedDocument("en")).body);
    const amended = entryOf(feed, notice000.slug)!;
    expect(amended.link[0]!["@_href"]).toBe(siteUrl(`/en/notices/${notice000.slug}`));
    expect(amended.title["#text"]).toBe("Kuroneko Web Collect scheduled system maintenance (29 July) (Updated 23 Jul: addendum)");
    expect(amended.updated).toBe("2019-07-23T01:00:00.000Z");
    expect(amended.summary["#text"]).toContain("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  });
});

describe("calendars", () => {
  const uid000 = `${notice000.slug}.main@maintenance-notices`;
  const uid001 = `${notice001.slug}.main@maintenance-notices`;

  it("has every window of every published notice in UTC, SEQUENCE counting visible amendments", async () => {
    const { body } = await calendarDocument("ja");
    const ics = unfold(body);
    expect(ics).toContain("\r\nDTSTART:20190728T170000Z\r\nDTEND:20190728T220000Z\r\nSEQUENCE:1\r\n");
    expect(ics).toContain("\r\nDTSTART:20200419T170000Z\r\nDTEND:20200419T210000Z\r\nSEQUENCE:0\r\n");
    expect(eventOf(body, uid000)!.getFirstPropertyValue("sequence")).toBe(1);
    expect(eventOf(body, uid000)!.getFirstPropertyValue("summary")).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ");
    expect(String(eventOf(body, uid000)!.getFirstPropertyValue("url"))).toBe(siteUrl(`/notices/${notice000.slug}`));
    expect(eventOf(body, uid001)!.getFirstPropertyValue("sequence")).toBe(0);
    expect(ics).toContain("\r\nLAST-MODIFIED:20190723T010000Z\r\n");
  });

  it("gives one notice's windows on its own, and nothing for an unknown or unpublished slug", async () => {
    const one = await noticeCalendarDocument(notice001.slug, "ja");
    expect(events(one!.body).map((e) => e.getFirstPropertyValue("uid"))).toEqual([uid001]);
    expect(unfold(one!.body)).toContain("\r\nX-WR-CALNAME:「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ\r\n");
    expect(await noticeCalendarDocument("no-such-notice", "ja")).toBeNull();
    const { notice } = await draftNotice();
    expect(await noticeCalendarDocument(notice.slug, "ja")).toBeNull();
  });
});

describe("amendments, 表記修正 and withdrawal as the feeds see them", () => {
  it("moves updated and SEQUENCE only for amendments readers are told about", async () => {
    const { notice, revision } = await publishedNotice(minimalContent(72));
    const amend = async (basedOnId: string, type: "EDITORIAL" | "EXTENSION") => {
      const draft = await publishedAmendment(notice.id, basedOnId, { ...minimalContent(72), amendment: { type, summary: { ja: `${type} のテスト` } } });
      return draft.id;
    };
    const state = async () => {
      const calendar = await noticeCalendarDocument(notice.slug, "ja");
      const entry = entryOf(parseFeed((await atomFeedDocument("ja")).body), notice.slug)!;
      return { sequence: events(calendar!.body)[0]!.getFirstPropertyValue("sequence"), updated: entry.updated, title: entry.title["#text"], lastModified: calendar!.lastModified! };
    };

    const first = await state();
    expect(first.sequence).toBe(0);
    await new Promise((r) => setTimeout(r, 1100)); // Last-Modified has whole seconds
    const editorial = await amend(revision.id, "EDITORIAL");
    const afterEditorial = await state();
    expect(afterEditorial).toMatchObject({ sequence: 0, updated: first.updated, title: "テストメンテナンスのお知らせ" });
    expect(afterEditorial.lastModified.getTime()).toBeGreaterThan(first.lastModified.getTime());

    await amend(editorial, "EXTENSION");
    const afterExtension = await state();
    expect(afterExtension.sequence).toBe(1);
    expect(afterExtension.updated > first.updated).toBe(true);
    expect(afterExtension.title).toMatch(/ 延長$/);

    await new Promise((r) => setTimeout(r, 1100));
    const before = (await atomFeedDocument("ja")).lastModified!;
    await db.notice.update({ where: { id: notice.id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() } });
    const withdrawn = await atomFeedDocument("ja");
    expect(entryOf(parseFeed(withdrawn.body), notice.slug)).toBeUndefined();
    // the withdrawn notice is gone, yet a client's If-Modified-Since must not match the old list
    expect(withdrawn.lastModified!.getTime()).toBeGreaterThan(before.getTime());
    // its own calendar stays, its windows cancelled (ADR 0012; lib/notices/withdrawn)
    expect(events((await noticeCalendarDocument(notice.slug, "ja"))!.body).map((e) => e.getFirstPropertyValue("status"))).toEqual(["CANCELLED"]);
  });
});
