import { describe, expect, it } from "vitest";
import { layoutRows } from "./table-layout";

const spans = (rows: string[][], group: boolean[]) => layoutRows(rows, group, (a, b) => a === b).map((r) => r.map((c) => c.rowSpan));

describe("layoutRows", () => {
  it("groups the audience column of notice 000 as in the original (1, 2, 2)", () => {
    const rows = [
      ["購入者様", "リンク", "x"],
      ["加盟店様購入者様", "トークン", "y"],
      ["加盟店様購入者様", "モーダル", "y"],
      ["加盟店様", "管理画面", "z"],
      ["加盟店様", "テスト環境", "z"],
    ];
    expect(spans(rows, [true, false, false])).toEqual([
      [1, 1, 1],
      [2, 1, 1],
      [0, 1, 1],
      [2, 1, 1],
      [0, 1, 1],
    ]);
  });
  it("groups the service column of notice 001 (4 and 5 rows)", () => {
    const rows = [...Array(4).fill(["webcollect", "m"]), ...Array(5).fill(["atobarai", "m"])];
    expect(spans(rows, [true, false]).map((r) => r[0])).toEqual([4, 0, 0, 0, 5, 0, 0, 0, 0]);
  });
  it("does not let an inner group cross an outer group's boundary", () => {
    const rows = [
      ["A", "x"],
      ["B", "x"],
    ];
    expect(spans(rows, [true, true])).toEqual([
      [1, 1],
      [1, 1],
    ]);
  });
  it("leaves ungrouped columns alone", () => {
    expect(spans([["a"], ["a"]], [false])).toEqual([[1], [1]]);
  });
});
