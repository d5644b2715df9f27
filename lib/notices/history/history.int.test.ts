import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { diffRevisions } from "./diff/revision";
import { buildHistoryView } from "./history";
import { loadHistory } from "./load-history";

beforeAll(async () => {
  await seed();
});

describe("history of the seeded notices", () => {
  it("revision 2 of notice 000 differs from revision 1 by the added section 'delays' only", async () => {
    const input = (await loadHistory(notice000.slug))!;
    expect(input.revisions.map((r) => r.number)).toEqual([1, 2]);
    const [first, second] = input.revisions;
    // the frozen copies were taken at each publication and are the same
    expect(second!.contact).toEqual(first!.contact);
    expect(second!.issuer).toEqual(first!.issuer);
    for (const locale of ["ja", "en"] as const) {
      const diff = diffRevisions(first!, second!, locale);
      expect(diff.changed).toBe(true);
      expect({ letter: diff.letter, windows: diff.windows, screen: diff.screen, contact: diff.contact, issuer: diff.issuer }).toEqual({
        letter: [],
        windows: [],
        screen: [],
        contact: [],
        issuer: [],
      });
      expect(diff.sections.map((s) => [s.key, s.status])).toEqual([
        ["content", "unchanged"],
        ["target", "unchanged"],
        ["delays", "added"],
        ["future", "renumbered"],
        ["contact", "renumbered"],
        ["attachment-1", "unchanged"],
      ]);
      const delays = diff.sections.find((s) => s.key === "delays")!;
      expect(delays.label).toBe("3.");
      expect(delays.blocks.map((b) => [b.type, b.status])).toEqual([["DELAYS", "added"]]);
      expect(delays.blocks[0]!.fields.every((f) => f.status === "added")).toBe(true);
    }
  });

  it("lists the revisions newest first with their amendment, and 初版 without a diff", async () => {
    const view = buildHistoryView((await loadHistory(notice000.slug))!, "ja");
    expect(view.entries.map((e) => [e.number, e.dateText, e.amendmentLabel, e.summary?.text ?? null, e.diff === null])).toEqual([
      [2, "2019年7月23日(火)", "追記", "「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記", false],
      [1, "2019年6月22日(土)", null, null, true],
    ]);
    const single = buildHistoryView((await loadHistory(notice001.slug))!, "en");
    expect(single.entries.map((e) => e.number)).toEqual([1]);
  });

  it("has no history for unknown or withdrawn notices", async () => {
    expect(await loadHistory("no-such-notice")).toBeNull();
    // withdrawn for the test, then put back: other files share this database
    const { id } = await db.notice.update({ where: { slug: notice001.slug }, data: { state: "WITHDRAWN" } });
    try {
      expect(await loadHistory(notice001.slug)).toBeNull();
    } finally {
      await db.notice.update({ where: { id }, data: { state: "PUBLISHED" } });
    }
    expect(await loadHistory(notice001.slug)).not.toBeNull();
  });
});
