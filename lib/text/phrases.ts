// Where a Japanese heading may break a line. Browsers break Japanese between any
// two characters ("お知ら/せ"); BudouX (Google's maintained line-breaker, its model
// ships in the npm package) finds the phrases a reader expects kept whole. Used
// server-side: the page carries <wbr> at these points and `word-break: keep-all`
// (components/site/phrases.tsx), so it works in every browser without script.
// Pure; components/site/phrases.tsx keeps it on the server (the model and BudouX's
// DOM helper, linkedom, stay out of the browser's bundle).
import { loadDefaultJapaneseParser } from "budoux";

const parser = loadDefaultJapaneseParser();
const words = new Intl.Segmenter("ja", { granularity: "word" });
const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export const hasJapanese = (text: string) => japanese.test(text);

/**
 * A phrase wider than this many full-width characters may not fit a phone's line
 * (a 375 px screen holds about 14 at the notice title's size there): it may also
 * break between its words, rather than wherever the line ends ("臨時システム
 * メンテナンス実施(4/20)の" is one BudouX phrase).
 */
export const LONG_PHRASE = 14;

/** Width in full-width characters: ASCII and half-width forms count a half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0020-\u007e\uff61-\uff9f]/.test(char) ? 0.5 : 1;
  return width;
}

/**
 * Words of a long phrase (Intl.Segmenter): a break only between two word-like
 * pieces, never beside punctuation, and only between words of two characters or
 * more (the dictionary splits 本|与信 and 日|中, which must not end a line).
 */
function splitLong(phrase: string): string[] {
  const pieces: string[] = [];
  let previous: { text: string; wordLike: boolean } | null = null;
  for (const { segment, isWordLike } of words.segment(phrase)) {
    const wordLike = Boolean(isWordLike);
    const breakable = previous !== null && previous.wordLike && wordLike && [...previous.text].length > 1 && [...segment].length > 1;
    if (breakable || pieces.length === 0) pieces.push(segment);
    else pieces[pieces.length - 1] += segment;
    previous = { text: segment, wordLike };
  }
  return pieces;
}

/**
 * The pieces of a text between which a line may break: BudouX phrases, long ones
 * split further between words. Text without Japanese comes back whole (its spaces
 * are its break points).
 */
export function linePieces(text: string): string[] {
  if (!hasJapanese(text)) return [text];
  return parser.parse(text).flatMap((phrase) => (displayWidth(phrase) > LONG_PHRASE ? splitLong(phrase) : [phrase]));
}
