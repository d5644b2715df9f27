// The impact-table editor's edits as pure functions of the table (the component only
// wires them to buttons and inputs), so each rule is tested without a browser.
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { layoutRows } from "@/lib/notices/page/table-layout";

type Table = ImpactTableBlock;
type Row = Table["rows"][number];
export type Cell = Row["cells"][number];
export type ColumnRole = Table["columns"][number]["role"];
export type Localized = { ja: string; en?: string };

export const emptyCell = (): Cell => ({ refs: [] });

/** A new row: empty cells, except that the availability starts as "stops" (what a notice mostly says). */
export function newRow(table: Table): Row {
  return { cells: table.columns.map((c) => (c.role === "AVAILABILITY" ? { refs: [], availability: "UNAVAILABLE" } : emptyCell())) };
}

export function addRow(table: Table, copyOf?: number): Table {
  const row = copyOf === undefined ? newRow(table) : structuredClone(table.rows[copyOf]!);
  const at = copyOf === undefined ? table.rows.length : copyOf + 1;
  return { ...table, rows: [...table.rows.slice(0, at), row, ...table.rows.slice(at)] };
}

export function removeRow(table: Table, index: number): Table {
  return { ...table, rows: table.rows.filter((_, i) => i !== index) };
}

/** Moves row `index` by `by` places (−1 up, +1 down); out of range: unchanged. */
export function moveRow(table: Table, index: number, by: -1 | 1): Table {
  const to = index + by;
  if (to < 0 || to >= table.rows.length) return table;
  const rows = [...table.rows];
  [rows[index], rows[to]] = [rows[to]!, rows[index]!];
  return { ...table, rows };
}

export function updateCell(table: Table, row: number, column: number, change: Partial<Cell>): Table {
  return {
    ...table,
    rows: table.rows.map((r, i) => (i === row ? { cells: r.cells.map((c, j) => (j === column ? { ...c, ...change } : c)) } : r)),
  };
}

/** A Localized from two inputs: undefined when Japanese is empty (the field is optional), English only when typed. */
export function localized(ja: string, en: string): Localized | undefined {
  if (!ja && !en) return undefined;
  return en ? { ja, en } : { ja };
}

/**
 * Whether row `index` continues the group of the row above it in some grouped
 * column: the editor marks it, as the rendered table merges the cells (table-layout.ts).
 */
export function continuesGroup(table: Table, index: number): boolean {
  const layout = layoutRows(
    table.rows.map((r) => r.cells),
    table.columns.map((c) => c.groupRows),
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  return layout[index]?.some((cell) => cell.rowSpan === 0) ?? false;
}

// ───── a row's footnote: a citation [^key] at the end of its effect text ─────

const trailingCitation = /\s*\[\^([a-z0-9-]+)\]$/;

/** The footnote key the effect text cites at its end, if any. */
export function rowFootnote(text: Localized | undefined): string | null {
  return text ? (trailingCitation.exec(text.ja)?.[1] ?? null) : null;
}

/** The effect text citing `key` at its end (in both languages), or no footnote (null). */
export function withRowFootnote(text: Localized | undefined, key: string | null): Localized | undefined {
  const strip = (s: string) => s.replace(trailingCitation, "");
  const cite = (s: string) => (key ? `${strip(s)}[^${key}]` : strip(s));
  if (!text) return key ? { ja: `[^${key}]` } : undefined;
  return text.en === undefined ? { ja: cite(text.ja) } : { ja: cite(text.ja), en: cite(text.en) };
}

/** A footnote key not yet used in the table: note-1, note-2 … */
export function newFootnoteKey(table: Table): string {
  const used = new Set(table.footnotes.map((f) => f.key));
  let n = table.footnotes.length + 1;
  while (used.has(`note-${n}`)) n++;
  return `note-${n}`;
}

/** Removes a footnote and every row's citation of it. */
export function removeFootnote(table: Table, key: string): Table {
  const effect = table.columns.findIndex((c) => c.role === "EFFECT");
  const rows =
    effect < 0
      ? table.rows
      : table.rows.map((r) => (rowFootnote(r.cells[effect]?.text) === key ? { cells: r.cells.map((c, j) => (j === effect ? { ...c, text: withRowFootnote(c.text, null) } : c)) } : r));
  return { ...table, rows, footnotes: table.footnotes.filter((f) => f.key !== key) };
}

// ───── columns ─────

export function addColumn(table: Table, role: ColumnRole, header: Localized): Table {
  return {
    ...table,
    columns: [...table.columns, { role, header, groupRows: false }],
    rows: table.rows.map((r) => ({ cells: [...r.cells, role === "AVAILABILITY" ? { refs: [], availability: "UNAVAILABLE" as const } : emptyCell()] })),
  };
}

export function removeColumn(table: Table, index: number): Table {
  return {
    ...table,
    columns: table.columns.filter((_, i) => i !== index),
    rows: table.rows.map((r) => ({ cells: r.cells.filter((_, i) => i !== index) })),
  };
}

export function updateColumn(table: Table, index: number, change: Partial<Table["columns"][number]>): Table {
  return { ...table, columns: table.columns.map((c, i) => (i === index ? { ...c, ...change } : c)) };
}

/** A new table as most notices start one: service (grouped), payment method, availability; one row. */
export function starterImpactTable(): Table {
  const table: Table = {
    type: "IMPACT_TABLE",
    numbered: false,
    columns: [
      { role: "SERVICE", header: { ja: "対象サービス", en: "Service" }, groupRows: true },
      { role: "PAYMENT_METHOD", header: { ja: "決済方法", en: "Payment method" }, groupRows: false },
      { role: "AVAILABILITY", header: { ja: "影響の有無", en: "Availability" }, groupRows: false },
    ],
    rows: [],
    footnotes: [],
  };
  return addRow(table);
}
