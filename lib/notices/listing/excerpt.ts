// The excerpt a search result shows: a short stretch of the text that matched,
// around its first hit, with every hit in it marked. Matching folds both sides as
// the search does (NFKC, then lower case: searchTerms in query.ts, the stored
// document in SQL), so that q=api marks "ＡＰＩ" as the notice writes it. The text is
// walked in graphemes, so that a cut never splits a surrogate pair (𠮷) or a
// letter from its combining mark.

/** One searchable text of a revision (revision_search_texts in SQL); lang null: in no language. */
export interface SearchText {
  lang: "ja" | "en" | null;
  body: string;
}

export interface ExcerptPart {
  text: string;
  hit: boolean;
}

export interface Excerpt {
  lang: "ja" | "en" | null;
  parts: ExcerptPart[];
  /** the text goes on before / after the excerpt */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Graphemes shown at most, and how many of them come before the first hit. */
export const EXCERPT_LENGTH = 80;
export const EXCERPT_LEAD = 24;
/** How far a cut may move to fall on a space (texts with spaces: English, code). */
const SNAP = 12;

const graphemes = new Intl.Segmenter("ja", { granularity: "grapheme" });
const fold = (text: string) => text.normalize("NFKC").toLowerCase();

interface Folded {
  /** the original text in units (graphemes, or a few where NFKC composes across them) */
  units: string[];
  folded: string;
  /** where each unit starts in `folded`, and one more entry for the end */
  starts: number[];
}

function foldUnits(text: string): Folded {
  const units: string[] = [];
  const foldedUnits: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const last = units.length - 1;
    // NFKC may compose across a grapheme boundary: fold such neighbours as one unit,
    // so that the folded text is exactly what folding the whole text gives
    if (last >= 0 && fold(units[last]! + segment) !== foldedUnits[last]! + fold(segment)) {
      units[last] += segment;
      foldedUnits[last] = fold(units[last]!);
    } else {
      units.push(segment);
      foldedUnits.push(fold(segment));
    }
  }
  const starts = [0];
  for (const f of foldedUnits) starts.push(starts.at(-1)! + f.length);
  return { units, folded: foldedUnits.join(""), starts };
}

/** The unit holding position `at` of the folded text. */
function unitAt(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Which units are hits: every occurrence of every term, as whole units. */
function hitUnits({ folded, starts, units }: Folded, terms: string[]): boolean[] {
  const hits = new Array<boolean>(units.length).fill(false);
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      const last = unitAt(starts, at + term.length - 1);
      for (let u = unitAt(starts, at); u <= last; u++) hits[u] = true;
    }
  }
  return hits;
}

/** Whether a text holds any of the (folded) terms: a cheap test before the excerpt's finer work. */
export const holdsAnyTerm = (text: string, terms: string[]) => {
  const folded = fold(text);
  return terms.some((term) => term !== "" && folded.includes(term));
};

const isSpace = (unit: string | undefined) => unit !== undefined && /^\s+$/.test(unit);

/**
 * The excerpt of the first text (in the order given: the reader's language first)
 * that holds any of the terms, or null when none does. `terms` are folded already
 * (IndexQuery.terms).
 */
export function searchExcerpt(texts: SearchText[], terms: string[]): Excerpt | null {
  for (const text of texts) {
    // a line break in a paragraph reads as a space on one line
    const folded = foldUnits(text.body.replace(/\s+/g, " ").trim());
    const hits = hitUnits(folded, terms);
    const first = hits.indexOf(true);
    if (first < 0) continue;
    const { units } = folded;
    let firstEnd = first;
    while (hits[firstEnd + 1]) firstEnd++;
    let start = Math.max(0, first - EXCERPT_LEAD);
    let end = Math.max(Math.min(units.length, start + EXCERPT_LENGTH), firstEnd + 1);
    // near the end of the text: show more of what comes before instead
    start = Math.max(0, Math.min(start, end - EXCERPT_LENGTH));
    // where the text has spaces, cut at one rather than inside a word
    if (start > 0 && !isSpace(units[start - 1])) {
      const space = units.slice(start, Math.min(first, start + SNAP)).findIndex(isSpace);
      if (space >= 0) start += space + 1;
    }
    if (end < units.length && !isSpace(units[end])) {
      const back = units.slice(Math.max(firstEnd + 1, end - SNAP), end).reverse().findIndex(isSpace);
      if (back >= 0) end -= back + 1;
    }
    const parts: ExcerptPart[] = [];
    for (let u = start; u < end; u++) {
      const last = parts.at(-1);
      if (last && last.hit === hits[u]) last.text += units[u];
      else parts.push({ text: units[u]!, hit: hits[u]! });
    }
    // no stray space at either end of the excerpt
    parts[0]!.text = parts[0]!.text.trimStart();
    parts.at(-1)!.text = parts.at(-1)!.text.trimEnd();
    return { lang: text.lang, parts: parts.filter((p) => p.text !== ""), cutBefore: start > 0, cutAfter: end < units.length };
  }
  return null;
}
