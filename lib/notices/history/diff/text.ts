// Word-level diff of two texts. Japanese has no spaces between words, so texts are
// cut into words by ICU's dictionary segmenter (Intl.Segmenter) rather than on
// whitespace, and the word arrays are compared with jsdiff's diffArrays.
import { diffArrays } from "diff";
import type { Locale } from "@/lib/i18n/locale";
import type { LText } from "@/lib/notices/page/view";

/** "skip": unchanged paragraphs left out of an excerpt (see excerpt) */
export type DiffOp = "equal" | "insert" | "delete" | "skip";
export type ChangeStatus = "added" | "removed" | "changed" | "unchanged";

export interface DiffPart {
  op: DiffOp;
  text: string;
  lang: Locale;
}

export interface TextDiff {
  status: ChangeStatus;
  /** in reading order; within one change, what was deleted comes before what was inserted */
  parts: DiffPart[];
  /** the language of the text shown (the new one, or the old one when it was removed) */
  lang: Locale;
  /** English was asked for and only Japanese exists on the side shown */
  fallback: boolean;
}

const segmenters = new Map<Locale, Intl.Segmenter>();

/** The words, spaces and punctuation of a text, in order: joined, they give the text back. */
export function words(text: string, lang: Locale): string[] {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: "word" });
    segmenters.set(lang, segmenter);
  }
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * "a b c" → "x y z" gives delete a, insert x, equal " ", delete b, insert y … : a
 * mosaic nobody can read. A run of whitespace between two changes joins them.
 */
function mergeChanges(parts: DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  let deleted: DiffPart[] = [];
  let inserted: DiffPart[] = [];
  const flush = () => {
    const join = (ps: DiffPart[], op: DiffOp) => (ps.length ? [{ op, text: ps.map((p) => p.text).join(""), lang: ps[0]!.lang }] : []);
    merged.push(...join(deleted, "delete"), ...join(inserted, "insert"));
    deleted = [];
    inserted = [];
  };
  parts.forEach((part, i) => {
    const next = parts[i + 1];
    const between = part.op === "equal" && /^\s+$/.test(part.text) && (deleted.length || inserted.length) && next && next.op !== "equal";
    if (part.op === "delete" || between) deleted.push({ ...part, op: "delete" });
    if (part.op === "insert" || between) inserted.push({ ...part, op: "insert" });
    if (part.op === "equal" && !between) {
      flush();
      merged.push(part);
    }
  });
  flush();
  return merged;
}

/** The diff of two texts as a reader of one language sees them; null is "not there". */
export function diffText(before: LText | null, after: LText | null): TextDiff {
  const shown = after ?? before;
  if (!shown) return { status: "unchanged", parts: [], lang: "ja", fallback: false };
  const base = { lang: shown.lang, fallback: shown.fallback };
  if (!before) return { ...base, status: "added", parts: [{ op: "insert", text: after!.text, lang: after!.lang }] };
  if (!after) return { ...base, status: "removed", parts: [{ op: "delete", text: before.text, lang: before.lang }] };
  if (before.text === after.text && before.lang === after.lang) return { ...base, status: "unchanged", parts: [{ op: "equal", text: after.text, lang: after.lang }] };
  if (before.lang !== after.lang) {
    // a translation added or withdrawn: the words of two languages do not align
    return {
      ...base,
      status: "changed",
      parts: [
        { op: "delete", text: before.text, lang: before.lang },
        { op: "insert", text: after.text, lang: after.lang },
      ],
    };
  }
  const lang = after.lang;
  const parts = diffArrays(words(before.text, lang), words(after.text, lang)).map(
    (change): DiffPart => ({ op: change.added ? "insert" : change.removed ? "delete" : "equal", text: change.value.join(""), lang }),
  );
  return { ...base, status: "changed", parts: mergeChanges(parts) };
}

/**
 * A changed text reduced to the paragraphs that changed: unchanged paragraphs
 * between, before and after the changes become one "skip" part each. A lead of
 * four paragraphs with one word added shows that paragraph, not all four; the
 * revision's own page has the whole text.
 */
export function excerpt(diff: TextDiff): DiffPart[] {
  if (diff.status !== "changed") return diff.parts;
  const last = diff.parts.length - 1;
  return diff.parts.flatMap((part, i): DiffPart[] => {
    if (part.op !== "equal") return [part];
    const pieces = part.text.split(/(\n{2,})/);
    // pieces: paragraph, break, paragraph, break, …; the first and last touch the changes
    const paragraphs = (pieces.length + 1) / 2;
    const keepHead = i > 0 ? 1 : 0;
    const keepTail = i < last ? 1 : 0;
    if (paragraphs - keepHead - keepTail < 1) return [part];
    const skip: DiffPart = { op: "skip", text: "…", lang: part.lang };
    // one line break either side of the "…": it stands for paragraphs, not in one
    const head = keepHead ? [{ ...part, text: `${pieces[0]}\n` }] : [];
    const tail = keepTail ? [{ ...part, text: `\n${pieces.at(-1)}` }] : [];
    return [...head, skip, ...tail];
  });
}
