import { describe, expect, it } from "vitest";
import { AffectedInputError } from "@/lib/affected/derive-affected";
import { stopSummary } from "@/lib/affected/summary";
import { seededCatalog } from "@/lib/affected/test-fixtures";
import { blockSchema } from "@/lib/notices/content/schema";
import * as notice001 from "@/prisma/seed/notice-001";
import { catalogCellLabel, previewImpact, withCatalogLabels, type ImpactTableBlock } from "./impact-preview";

const table001 = () => blockSchema.parse(notice001.revision1.sections.flatMap((s) => s.blocks).find((b) => b.type === "IMPACT_TABLE")) as ImpactTableBlock;
const names = (summary: ReturnType<typeof stopSummary>["stops"]) => summary.map((g) => [g.kind, g.entries.map((e) => (e.partly ? `${e.name}*` : e.name))]);

describe("previewImpact", () => {
  it("001's availability table alone: what stops and what stays available, as the page will say", () => {
    const summary = stopSummary(previewImpact(table001(), seededCatalog()), "ja");
    expect(names(summary.staysAvailable)).toEqual([["paymentMethods", ["auかんたん決済", "銀行振込"]]]);
    expect(summary.stops[0]).toMatchObject({ kind: "services" });
    expect(summary.stops[0]!.entries.map((e) => [e.name, e.partly])).toEqual([
      ["クロネコwebコレクト", false],
      ["クロネコ代金後払いサービス", true],
    ]);
  });

  it("a row switched to 'available' moves its method out of what stops", () => {
    const table = table001();
    const before = previewImpact(table, seededCatalog()).result.affected.paymentMethods;
    // every atobarai row available: 後払い stops nothing any more
    const edited: ImpactTableBlock = {
      ...table,
      rows: table.rows.map((r) => (r.cells[0]!.refs[0] === "atobarai" ? { cells: r.cells.map((c, i) => (i === 2 ? { ...c, availability: "AVAILABLE" as const } : c)) } : r)),
    };
    const after = previewImpact(edited, seededCatalog()).result;
    expect(before).toContain("credit-card");
    expect(after.affected.services).toEqual(["webcollect"]);
  });

  it("the draft's windows stop their channels too", () => {
    const table = table001();
    const start = new Date("2030-01-01T00:00:00Z");
    const windows = [{ key: "w", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), status: "SCHEDULED" as const, channelKeys: ["merchant-console"] }];
    expect(previewImpact(table, seededCatalog()).result.affected.channels).not.toContain("merchant-console");
    expect(previewImpact(table, seededCatalog(), { windows }).result.affected.channels).toContain("merchant-console");
  });

  it("an unknown catalog key is refused with its path in the table", () => {
    const table = table001();
    table.rows[1]!.cells[1]!.refs = ["no-such-method"];
    expect(() => previewImpact(table, seededCatalog())).toThrow(AffectedInputError);
    try {
      previewImpact(table, seededCatalog());
    } catch (error) {
      expect((error as AffectedInputError).path).toBe("sections.0.blocks.0.rows.1.cells.1.refs");
    }
  });
});

describe("withCatalogLabels", () => {
  it("labels a cell without its own label with the catalog names, one a line, as publication freezes them", () => {
    const table = table001();
    const labelled = withCatalogLabels(table, seededCatalog());
    // row 0 words credit card itself; row 1 names convenience-store by key only
    expect(labelled.rows[0]!.cells[1]!.label).toEqual(table.rows[0]!.cells[1]!.label);
    expect(table.rows[1]!.cells[1]!.label).toBeUndefined();
    expect(labelled.rows[1]!.cells[1]!.label).toEqual({ ja: "コンビニオンライン払い", en: "Convenience store online payment" });
    // availability cells carry no refs and stay as they are
    expect(labelled.rows[1]!.cells[2]).toEqual(table.rows[1]!.cells[2]);
  });

  it("English only when every entry has an English name", () => {
    expect(catalogCellLabel([{ nameJa: "甲", nameEn: "A" }, { nameJa: "乙", nameEn: "B" }])).toEqual({ ja: "甲\n乙", en: "A\nB" });
    expect(catalogCellLabel([{ nameJa: "甲", nameEn: "A" }, { nameJa: "乙", nameEn: null }])).toEqual({ ja: "甲\n乙" });
    expect(catalogCellLabel([{ nameJa: "甲", nameEn: null }], "Given")).toEqual({ ja: "甲", en: "Given" });
  });
});
