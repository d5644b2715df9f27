// Fidelity to the reference notices (DESIGN.md, Decision 1): every sentence and
// table cell of a reference text must appear in the rendered page, compared after
// normalising white space, full/half width and tilde style. The only allowed
// differences are Decision 1's exceptions, listed here with their reasons.

/** NFKC folds full-width forms (（：～) into ASCII; all tildes become one; spaces go. */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[~〜～∼]/g, "~")
    .replace(/\s+/g, "");
}

export interface Exception {
  /** what the reference text has */
  pattern: RegExp;
  /** what the product shows instead (null: the unit is not compared as text) */
  replacement: string | null;
  reason: string;
}

export interface Unit {
  text: string;
  /** the exception that applied, if any */
  exception?: string;
}

const stripMarks = (line: string) =>
  line
    .replace(/<\/?u>/g, "")
    .replace(/\*\*/g, "")
    .replace(/^\s*#+\s*/, "")
    .replace(/^\s*-\s+/, "");

/** Splits text into units: table cells (tab-separated) and sentences (ending in 。). */
export function units(reference: string): string[] {
  const out: string[] = [];
  for (const line of reference.split("\n"))
    for (const cell of stripMarks(line).split("\t"))
      for (const sentence of cell.split(/(?<=。)/)) if (normalize(sentence)) out.push(sentence.trim());
  return out;
}

/**
 * Applies the exceptions line by line: a line matching an exception without a
 * replacement is set aside whole (a flattened screenshot spans sentences);
 * replacements are made before the line is split into units.
 */
export function applyExceptions(reference: string, exceptions: Exception[]): { compare: Unit[]; excepted: Unit[] } {
  const compare: Unit[] = [];
  const excepted: Unit[] = [];
  for (const line of reference.split("\n")) {
    const hit = exceptions.find((e) => e.pattern.test(line));
    if (hit?.replacement === null) {
      if (normalize(line)) excepted.push({ text: line.trim(), exception: hit.reason });
      continue;
    }
    const replaced = hit ? line.replace(hit.pattern, hit.replacement) : line;
    for (const text of units(replaced)) compare.push(hit ? { text, exception: hit.reason } : { text });
  }
  return { compare, excepted };
}

export function coverage(pageText: string, compare: Unit[]) {
  const page = normalize(pageText);
  const missing = compare.filter((u) => !page.includes(normalize(u.text)));
  return { total: compare.length, found: compare.length - missing.length, missing, ratio: compare.length ? (compare.length - missing.length) / compare.length : 1 };
}

/**
 * Lines compared exactly, marks and all. normalize() folds full-width colons and
 * brackets into half-width ones, yet the two reference notices differ in exactly those
 * in their contact block (「電話:03-…(営業時間:9:00-18:00)」 / 「電話：03-…（受付時間：9：00-18：00）」),
 * and a published notice keeps its own (Decisions 1 and 2).
 */
export const exactLinePatterns: RegExp[] = [/^フリーダイヤル[:：]/, /^E-mail[:：]/];

/** The reference's lines that must appear verbatim. */
export function exactLines(reference: string, patterns: RegExp[] = exactLinePatterns): string[] {
  return reference
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => patterns.some((p) => p.test(line)));
}

/** Those of `lines` that are not, exactly, a line of the page's text. */
export function missingExactLines(pageText: string, lines: string[]): string[] {
  const page = new Set(pageText.split("\n").map((line) => line.trim()));
  return lines.filter((line) => !page.has(line));
}
