// Grouped cells are derived, not stored (ADR 0003): in a column marked groupRows,
// equal adjacent cells render as one cell spanning their rows.

export interface LayoutCell<C> {
  cell: C;
  /** rows this cell spans; 0 when an earlier cell of the group covers it */
  rowSpan: number;
}

export function layoutRows<C>(rows: C[][], groupColumns: boolean[], same: (a: C, b: C) => boolean): LayoutCell<C>[][] {
  const out: LayoutCell<C>[][] = rows.map((row) => row.map((cell) => ({ cell, rowSpan: 1 })));
  groupColumns.forEach((group, col) => {
    if (!group) return;
    let start = 0;
    for (let r = 1; r <= rows.length; r++) {
      // a group also breaks where the columns to its left break, so spans stay nested
      const leftBreak = out[r]?.slice(0, col).some((c, i) => groupColumns[i] && c.rowSpan !== 0);
      if (r < rows.length && !leftBreak && same(rows[start]![col]!, rows[r]![col]!)) continue;
      out[start]![col]!.rowSpan = r - start;
      for (let k = start + 1; k < r; k++) out[k]![col]!.rowSpan = 0;
      start = r;
    }
  });
  return out;
}
