import { describe, expect, it } from "vitest";
import { completeContent } from "@/lib/notices/content/fixture";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { catalogIssues, type CatalogKeys } from "./catalog-check";
import { createNoticeFormSchema, seriesTitle } from "./create-schema";
import { dateToJstInput, jstInputToDate } from "./jst-input";
import { editorFieldErrors, editorSaveSchema } from "./schema";
import { seriesWindows } from "./series";
import { copiedContent, templateContent } from "./templates";
import { fromContent, toContent } from "./values";

const content = () => revisionContentSchema.parse(completeContent());
const save = (edit: (values: ReturnType<typeof fromContent>) => void = () => {}) => {
  const values = fromContent(content());
  edit(values);
  return { revisionId: "r1", version: 3, slug: "2026-07-maintenance", kind: "SCHEDULED", content: values };
};

describe("JST date-time inputs", () => {
  it("reads a datetime-local value as Japan time, whatever the server's zone", () => {
    expect(jstInputToDate("2026-07-29T02:00")?.toISOString()).toBe("2026-07-28T17:00:00.000Z");
    expect(dateToJstInput(new Date("2026-07-28T17:00:00Z"))).toBe("2026-07-29T02:00");
  });
  it("refuses what is not a date-time, and days that do not exist", () => {
    expect(jstInputToDate("2026-07-29")).toBeNull();
    expect(jstInputToDate("2026-02-31T02:00")).toBeNull();
    expect(jstInputToDate("2026-07-29T24:00")).toBeNull();
  });
});

describe("form values ↔ content", () => {
  it("round-trips every field of a complete content", () => {
    const stored = content();
    const { content: back, issues } = toContent(fromContent(stored));
    expect(issues).toEqual([]);
    expect(revisionContentSchema.parse(back)).toEqual(stored);
  });
  it("drops empty English texts and optional texts left empty, and reports a required one as required", () => {
    const values = fromContent(content());
    values.addressee = { ja: "", en: "" };
    values.title = { ja: "タイトル", en: "" };
    values.lead = { ja: "", en: "" };
    const { content: back } = toContent(values);
    expect(back.addressee).toBeUndefined();
    expect(back.title).toEqual({ ja: "タイトル" });
    const errors = editorFieldErrors({ revisionId: "r1", version: 1, slug: "a-b", kind: "SCHEDULED", content: values });
    expect(errors["content.lead"]).toEqual(["必須です。"]);
  });
});

describe("the editor's save schema", () => {
  it("accepts a complete content and gives the content with instants", () => {
    const parsed = editorSaveSchema.parse(save());
    expect(parsed.content.windows[0]!.startsAt).toEqual(new Date("2019-07-28T17:00:00Z"));
    expect(parsed.version).toBe(3);
  });
  it("says at the end field that the end must be after the start", () => {
    const errors = editorFieldErrors(save((v) => (v.windows[0]!.endsAt = v.windows[0]!.startsAt)));
    expect(errors["content.windows.0.endsAt"]?.[0]).toMatch(/^終了は開始より後にしてください/);
  });
  it("says at the field that a date-time cannot be read", () => {
    const errors = editorFieldErrors(save((v) => (v.windows[0]!.startsAt = "2026-13-01T02:00")));
    expect(errors["content.windows.0.startsAt"]).toEqual(["日時を「2026-07-29T02:00」の形で入力してください(日本時間)。"]);
  });
  it("catches the reference notice's 8-digit error code Z01000000 at its field", () => {
    const errors = editorFieldErrors(save((v) => (v.screen!.errorCode = "Z01000000")));
    expect(errors["content.screen.errorCode"]?.[0]).toMatch(/^英大文字1字と数字9桁/);
    expect(editorFieldErrors(save((v) => (v.screen!.errorCode = "Z010000000")))).toEqual({});
  });
  it("keeps a section's kind (資料) and the screen's English contact lines, and names a wrong one at its field", () => {
    const values = save((v) => {
      v.sections[0]!.kind = "ATTACHMENT";
      v.screen!.contactLines.en = ["Customer Service Centre", "Phone: +81-3-6671-8080"];
    });
    const parsed = editorSaveSchema.parse(values);
    expect(parsed.content.sections[0]!.kind).toBe("ATTACHMENT");
    expect(parsed.content.screen!.contactLines.en).toEqual(["Customer Service Centre", "Phone: +81-3-6671-8080"]);
    const errors = editorFieldErrors(
      save((v) => {
        (v.sections[0] as { kind: string }).kind = "APPENDIX";
        v.screen!.contactLines.en = ["Customer Service Centre", " "];
      }),
    );
    expect(Object.keys(errors).sort()).toEqual(["content.screen.contactLines.en.1", "content.sections.0.kind"]);
    expect(errors["content.screen.contactLines.en.1"]?.[0]).toMatch(/^必須です/);
  });
  it("refuses a slug that is not lower-case words joined by hyphens", () => {
    const errors = editorFieldErrors({ ...save(), slug: "Maintenance 7/29" });
    expect(errors.slug?.[0]).toMatch(/^スラッグ\(URL\)は英小文字・数字/);
  });
});

describe("catalog keys", () => {
  const catalog: CatalogKeys = {
    AUDIENCE: new Set(),
    SERVICE: new Set(["webcollect"]),
    PAYMENT_METHOD: new Set(),
    CHANNEL: new Set(["api", "link-payment-page"]),
    contacts: new Set(["customer-service"]),
  };
  it("finds nothing wrong with keys the catalog holds", () => {
    expect(catalogIssues(content(), catalog)).toEqual([]);
  });
  it("names an unknown key at the field that holds it", () => {
    const c = content();
    c.windows[0]!.channelKeys = ["fax"];
    const table = c.sections[0]!.blocks.find((b) => b.type === "IMPACT_TABLE")!;
    if (table.type === "IMPACT_TABLE") table.rows[0]!.cells[0]!.refs = ["paypal"];
    expect(catalogIssues(c, catalog)).toEqual([
      { path: ["windows", 0, "channelKeys"], message: "チャネル「fax」はカタログにありません。" },
      { path: ["sections", 0, "blocks", 2, "rows", 0, "cells", 0, "refs"], message: "サービス「paypal」はカタログにありません。" },
    ]);
  });
});

describe("templates", () => {
  const kinds = ["SCHEDULED", "EXTRAORDINARY", "EMERGENCY", "INCIDENT", "INFORMATION"] as const;
  it.each(kinds)("%s gives a valid draft with greeting, 記, the skeleton, 以上 and the contact", (kind) => {
    const draft = revisionContentSchema.parse(templateContent({ kind, titleJa: "テスト", contactKey: "customer-service" }));
    expect(draft.lead.ja).toMatch(/^平素は格別のご高配を賜り/);
    expect(draft.hasKi && draft.hasIjo).toBe(true);
    expect(draft.addressee?.ja).toBe("加盟店各位");
    expect(draft.contactKey).toBe("customer-service");
    expect(draft.sections.at(-1)!.blocks).toEqual([{ type: "CONTACT", numbered: false }]);
  });
  it("puts the window it is given into the draft", () => {
    const window = { startsAt: new Date("2026-07-28T17:00:00Z"), endsAt: new Date("2026-07-28T21:00:00Z") };
    const draft = revisionContentSchema.parse(templateContent({ kind: "SCHEDULED", titleJa: "t", contactKey: "c", window }));
    expect(draft.windows).toEqual([{ key: "main", ...window, status: "SCHEDULED", channelKeys: [] }]);
  });
  it("a copy moves every window by the same amount and leaves the amendment behind", () => {
    const earlier = completeContent();
    earlier.windows = [
      { key: "a", startsAt: "2019-07-28T17:00:00Z", endsAt: "2019-07-28T22:00:00Z", status: "CANCELLED" },
      { key: "b", startsAt: "2019-07-29T17:00:00Z", endsAt: "2019-07-29T18:00:00Z" },
    ];
    const copy = revisionContentSchema.parse(copiedContent(earlier, new Date("2026-08-01T17:00:00Z")));
    expect(copy.amendment).toBeUndefined();
    expect(copy.windows.map((w) => [w.startsAt.toISOString(), w.endsAt.toISOString(), w.status])).toEqual([
      ["2026-08-01T17:00:00.000Z", "2026-08-01T22:00:00.000Z", "SCHEDULED"],
      ["2026-08-02T17:00:00.000Z", "2026-08-02T18:00:00.000Z", "SCHEDULED"],
    ]);
  });
});

describe("a recurring series", () => {
  it("the second Monday of each month, 02:00–06:00 JST", () => {
    const windows = seriesWindows({ firstMonth: "2026-11", months: 3, nth: 2, weekday: 1, startTime: "02:00", endTime: "06:00" });
    // 2026-11-09, 2026-12-14, 2027-01-11 are the second Mondays (JST)
    expect(windows.map((w) => [w.year, w.month, w.day])).toEqual([
      [2026, 11, 9],
      [2026, 12, 14],
      [2027, 1, 11],
    ]);
    expect(dateToJstInput(windows[0]!.startsAt)).toBe("2026-11-09T02:00");
    expect(dateToJstInput(windows[0]!.endsAt)).toBe("2026-11-09T06:00");
  });
  it("skips a month without a fifth such weekday and runs past midnight when the end is earlier", () => {
    const windows = seriesWindows({ firstMonth: "2026-01", months: 2, nth: 5, weekday: 5, startTime: "23:00", endTime: "01:00" });
    expect(windows.map((w) => [w.month, w.day])).toEqual([[1, 30]]);
    expect(dateToJstInput(windows[0]!.endsAt)).toBe("2026-01-31T01:00");
  });
  it("replaces {M/D} in the title", () => {
    expect(seriesTitle("定期メンテナンス({M/D})のお知らせ", 11, 9)).toBe("定期メンテナンス(11/9)のお知らせ");
  });
});

describe("the new-notice form", () => {
  it("a copy needs the new window's start", () => {
    const parsed = createNoticeFormSchema.safeParse({ source: "copy", copyFrom: "old-one", slug: "new-one", titleJa: "t" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["startsAt", "コピーには新しい停止日時(開始と終了)が必要です。"]]);
  });
  it("a template window must end after it starts", () => {
    const parsed = createNoticeFormSchema.safeParse({ source: "template", kind: "SCHEDULED", slug: "a", titleJa: "t", startsAt: "2026-07-29T06:00", endsAt: "2026-07-29T02:00" });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["endsAt", "終了は開始より後にしてください。"]]);
  });
});
