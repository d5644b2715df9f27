import { describe, expect, it } from "vitest";
import { blockSchema } from "@/lib/notices/content/schema";
import * as edit from "./table-edits";

const table = () => {
  const t = edit.starterImpactTable();
  return edit.updateCell(t, 0, 0, { refs: ["webcollect"] });
};

describe("impact-table edits", () => {
  it("a new row has one cell per column and says 'stops' in the availability column", () => {
    const t = edit.addRow(table());
    expect(t.rows[1]!.cells).toEqual([{ refs: [] }, { refs: [] }, { refs: [], availability: "UNAVAILABLE" }]);
  });

  it("copies a row below itself, deeply", () => {
    const t = edit.addRow(table(), 0);
    expect(t.rows).toHaveLength(2);
    expect(t.rows[1]).toEqual(t.rows[0]);
    expect(t.rows[1]).not.toBe(t.rows[0]);
  });

  it("moves rows up and down, and not past either end", () => {
    let t = edit.addRow(table());
    t = edit.updateCell(t, 1, 0, { refs: ["atobarai"] });
    expect(edit.moveRow(t, 1, -1).rows.map((r) => r.cells[0]!.refs[0])).toEqual(["atobarai", "webcollect"]);
    expect(edit.moveRow(t, 0, -1)).toBe(t);
    expect(edit.moveRow(t, 1, 1)).toBe(t);
  });

  it("adding and removing a column keeps every row's cells in step (the schema's cell count)", () => {
    let t = edit.addColumn(table(), "EFFECT", { ja: "影響" });
    expect(t.rows[0]!.cells).toHaveLength(4);
    t = edit.removeColumn(t, 1);
    expect(t.columns.map((c) => c.role)).toEqual(["SERVICE", "AVAILABILITY", "EFFECT"]);
    expect(t.rows[0]!.cells).toEqual([{ refs: ["webcollect"] }, { refs: [], availability: "UNAVAILABLE" }, { refs: [] }]);
  });

  it("marks a row that the rendered table merges into the group above it", () => {
    let t = edit.addRow(table(), 0);
    expect(edit.continuesGroup(t, 0)).toBe(false);
    expect(edit.continuesGroup(t, 1)).toBe(true);
    t = edit.updateColumn(t, 0, { groupRows: false });
    expect(edit.continuesGroup(t, 1)).toBe(false);
  });

  it("a row's footnote is a citation at the end of its effect text, in both languages, replaced not stacked", () => {
    const text = { ja: "エラーを返却します。", en: "Returns an error." };
    const cited = edit.withRowFootnote(text, "note-1");
    expect(cited).toEqual({ ja: "エラーを返却します。[^note-1]", en: "Returns an error.[^note-1]" });
    expect(edit.rowFootnote(cited)).toBe("note-1");
    expect(edit.withRowFootnote(cited, "note-2")).toEqual({ ja: "エラーを返却します。[^note-2]", en: "Returns an error.[^note-2]" });
    expect(edit.withRowFootnote(cited, null)).toEqual(text);
    expect(edit.rowFootnote({ ja: "本文中の[^note-1]は行の注記ではありません" })).toBeNull();
  });

  it("removing a footnote removes the rows' citations of it", () => {
    let t = edit.addColumn(table(), "EFFECT", { ja: "影響" });
    t = { ...t, footnotes: [{ key: "note-1", text: { ja: "テスト環境も対象です。" } }] };
    t = edit.updateCell(t, 0, 3, { text: { ja: "停止します。[^note-1]" } });
    const removed = edit.removeFootnote(t, "note-1");
    expect(removed.footnotes).toEqual([]);
    expect(removed.rows[0]!.cells[3]!.text).toEqual({ ja: "停止します。" });
  });

  it("new footnote keys never collide", () => {
    const t = { ...table(), footnotes: [{ key: "note-2", text: { ja: "a" } }] };
    expect(edit.newFootnoteKey(t)).toBe("note-3");
  });

  it("optional texts: empty is absent, English only when typed", () => {
    expect(edit.localized("", "")).toBeUndefined();
    expect(edit.localized("名", "")).toEqual({ ja: "名" });
    expect(edit.localized("名", "Name")).toEqual({ ja: "名", en: "Name" });
  });

  it("the starter table with its one row filled in is a valid impact table", () => {
    const t = edit.updateCell(table(), 0, 1, { refs: ["credit-card"] });
    expect(blockSchema.safeParse(t).success).toBe(true);
    // and an unfilled one is refused where the editor shows it
    const issues = blockSchema.safeParse(edit.addRow(t)).error?.issues.map((i) => i.path.join("."));
    expect(issues).toEqual(["rows.1.cells.0.refs", "rows.1.cells.1.refs"]);
  });
});
