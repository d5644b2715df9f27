import { CsvError, parse } from "csv-parse/sync";
import { merchantColumns, optionalColumns, type MerchantColumn } from "./columns";
import { merchantMessages } from "./messages";
import { catalogKeyPattern, merchantRecordSchema, splitList, type ImportIssue, type MerchantRow } from "./schema";

// Reads a merchant master file into rows and per-line issues (pure: no database).
// csv-parse does the CSV (quotes, embedded newlines, CRLF, BOM); this file checks the
// encoding, the header and each record against the shared schema.
const m = merchantMessages.errors;

export const maxImportBytes = 5 * 1024 * 1024;

export interface ParsedRow {
  /** the line the record starts on (1 is the header) */
  line: number;
  row: MerchantRow;
}

/** A line's catalog keys, for the database check: of every line, a line with other problems too (so all are reported at once). */
export interface LineKeys {
  line: number;
  services: string[];
  paymentMethods: string[];
  channels: string[];
}

export interface ParsedFile {
  rows: ParsedRow[];
  issues: ImportIssue[];
  keys: LineKeys[];
}

const fileIssue = (message: string): ParsedFile => ({ rows: [], issues: [{ line: 0, column: null, value: null, message }], keys: [] });

/** The file's bytes as text: UTF-8 with or without BOM, anything else refused (Shift_JIS is the likely one). */
export function decodeCsv(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

export function readMerchantCsv(bytes: Uint8Array): ParsedFile {
  if (bytes.byteLength > maxImportBytes) return fileIssue(m.tooLarge(maxImportBytes / 1024 / 1024));
  const text = decodeCsv(bytes);
  if (text === null) return fileIssue(m.notUtf8);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], keys: [], issues: [{ line: (error as CsvError & { lines?: number }).lines ?? 0, column: null, value: null, message: m.csv(error.message) }] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header) return fileIssue(m.emptyFile);
  const issues: ImportIssue[] = [];
  const columns = header.record.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of columns) {
    if (!(merchantColumns as readonly string[]).includes(name)) issues.push({ line: 1, column: null, value: name, message: m.unknownColumn(name) });
    else if (seen.has(name)) issues.push({ line: 1, column: name as MerchantColumn, value: name, message: m.duplicateColumn(name) });
    seen.add(name);
  }
  for (const column of merchantColumns)
    if (!seen.has(column) && !optionalColumns.includes(column)) issues.push({ line: 1, column, value: null, message: m.missingColumn(column) });
  if (issues.length) return { rows: [], issues, keys: [] };
  if (body.length === 0) return fileIssue(m.emptyFile);

  const rows: ParsedRow[] = [];
  const keys: LineKeys[] = [];
  const firstLineOf = new Map<string, number>();
  for (const { record, info } of body) {
    const line = startLine(record, info.lines);
    if (record.length !== columns.length) {
      issues.push({ line, column: null, value: null, message: m.columnCount(columns.length, record.length) });
      continue;
    }
    const cells: Record<string, string> = Object.fromEntries(columns.map((name, i) => [name, record[i] ?? ""]));
    const keysOf = (column: MerchantColumn) => splitList(cells[column] ?? "").filter((key) => catalogKeyPattern.test(key));
    keys.push({ line, services: keysOf("services"), paymentMethods: keysOf("payment_methods"), channels: keysOf("channels") });
    const parsed = merchantRecordSchema.safeParse(cells);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = issue.path[0] as MerchantColumn;
        const value = (issue as { params?: { value?: string } }).params?.value ?? record[columns.indexOf(column)] ?? null;
        issues.push({ line, column, value, message: issue.message });
      }
      continue;
    }
    const earlier = firstLineOf.get(parsed.data.code);
    if (earlier !== undefined) {
      issues.push({ line, column: "merchant_code", value: parsed.data.code, message: m.duplicateCode(earlier) });
      continue;
    }
    firstLineOf.set(parsed.data.code, line);
    rows.push({ line, row: parsed.data });
  }
  return { rows, issues, keys };
}

/** csv-parse counts the lines read once a record ends; a quoted cell may span several (its newlines are in the cell). */
function startLine(record: string[], endLine: number): number {
  return endLine - record.reduce((count, cell) => count + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
}
