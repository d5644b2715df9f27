import { describe, expect, it } from "vitest";
import { jstDateTime, publishRevisionSchema, rejectRevisionSchema, saveDraftSchema, scheduleRevisionSchema, slugSchema } from "./schemas";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

describe("the commands' input schemas", () => {
  it("reads a form's datetime-local value as Japan time, whatever the server's zone", () => {
    expect(jstDateTime.parse("2026-07-29T02:00")).toEqual(new Date("2026-07-28T17:00:00Z"));
    expect(jstDateTime.parse("2026-07-29T02:00:30")).toEqual(new Date("2026-07-28T17:00:30Z"));
    expect(jstDateTime.parse("2026-07-28T17:00:00Z")).toEqual(new Date("2026-07-28T17:00:00Z"));
  });

  it("refuses what is no date-time, in Japanese", () => {
    for (const input of ["", "明日", "2026-13-45T99:99", "1753000000000"])
      expect(messages(jstDateTime.safeParse(input))[0]?.[1]).toMatch(/^日時を/);
  });

  it("needs the version the form was loaded with", () => {
    expect(messages(scheduleRevisionSchema.safeParse({ revisionId: "r1", publishAt: "2026-07-29T02:00" }))).toEqual([["version", "版の番号がありません。"]]);
    expect(scheduleRevisionSchema.parse({ revisionId: "r1", version: "3", publishAt: "2026-07-29T02:00" })).toMatchObject({ version: 3 });
    expect(messages(scheduleRevisionSchema.safeParse({ revisionId: "r1", version: "0", publishAt: "2026-07-29T02:00" }))).toEqual([["version", "版の番号が正しくありません。"]]);
  });

  it("needs a reason to reject", () => {
    expect(messages(rejectRevisionSchema.safeParse({ revisionId: "r1", version: 2, comment: "  " }))).toEqual([["comment", "差し戻しの理由を入力してください。"]]);
  });

  it("takes publication options with their defaults: no backfill, no break glass", () => {
    expect(publishRevisionSchema.parse({ revisionId: "r1", version: 4 })).toEqual({ revisionId: "r1", version: 4, backfill: false, publishedAtUnknown: false, breakGlass: false });
  });

  it("takes slugs of lower-case words joined by hyphens", () => {
    expect(slugSchema.parse(" 2026-07-maintenance ")).toBe("2026-07-maintenance");
    expect(messages(slugSchema.safeParse("July Maintenance"))[0]?.[1]).toMatch(/^スラッグ\(URL\)は英小文字/);
  });

  it("validates a draft's content with the content schema (field paths kept for the form)", () => {
    const result = saveDraftSchema.safeParse({ revisionId: "r1", version: 1, content: { title: { ja: "" }, lead: { ja: "本文" }, merchantAction: { level: "NONE" }, sections: [] } });
    expect(messages(result).map(([path]) => path)).toEqual(["content.title.ja", "content.sections"]);
  });
});
