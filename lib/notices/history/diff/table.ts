// Impact tables change row by row (a channel added, a row withdrawn): each row is
// compared as the texts of its cells, and a row that differs in any cell shows as
// the old row removed and the new one added, whole, as a reader scans a table.
import { diffArrays } from "diff";
import type { LText } from "@/lib/notices/page/view";
import type { TableProjection } from "./project";

export interface RowDiff {
  status: "added" | "removed" | "unchanged";
  cells: LText[];
}

export interface TableDiff {
  /** the column headings shown (the new table's, or the old one's when it was removed) */
  columns: LText[];
  rows: RowDiff[];
}

// A character no cell contains, so that ["ab", "c"] and ["a", "bc"] stay different rows.
const rowText = (cells: LText[]) => cells.map((c) => `${c.lang}:${c.text}`).join("\u001f");

export function diffTable(before: TableProjection | null, after: TableProjection | null): TableDiff {
  const changes = diffArrays((before?.rows ?? []).map(rowText), (after?.rows ?? []).map(rowText));
  const rows: RowDiff[] = [];
  let i = 0;
  let j = 0;
  for (const change of changes) {
    for (let n = 0; n < change.count; n++) {
      if (change.removed) rows.push({ status: "removed", cells: before!.rows[i++]! });
      else if (change.added) rows.push({ status: "added", cells: after!.rows[j++]! });
      else {
        rows.push({ status: "unchanged", cells: after!.rows[j++]! });
        i++;
      }
    }
  }
  return { columns: (after ?? before)?.columns ?? [], rows };
}

export const tableChanged = (diff: TableDiff) => diff.rows.some((r) => r.status !== "unchanged");
