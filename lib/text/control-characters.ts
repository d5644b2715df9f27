// Control characters: Unicode's Cc category, i.e. C0 (U+0000–U+001F), DEL (U+007F)
// and C1 (U+0080–U+009F). None of them is ever typed into a notice or an address on
// purpose; they arrive by copy-paste from other systems or from someone probing.
// They break things downstream: PostgreSQL refuses U+0000 in text (a 500 where a
// 400 was due), XML 1.0 forbids most of C0 (an Atom feed a reader rejects whole),
// iCalendar TEXT forbids all but TAB, and a bare CR splits an ICS content line.
// One definition here, used by the write schemas, the URL check and the encoders.

const CONTROL = /\p{Cc}/u;
const CONTROL_ALL = /\p{Cc}/gu;

/** "U+0000": how messages name a character nobody can see. */
export const codePointLabel = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** The first control character in `text` that is not in `allowed`, or null. */
export function findControlCharacter(text: string, allowed: readonly string[] = []): string | null {
  if (!CONTROL.test(text)) return null; // the common case: one regex pass, no allocation
  for (const char of text) if (CONTROL.test(char) && !allowed.includes(char)) return char;
  return null;
}

/** CRLF (what a browser's textarea submits) as LF, so that a stored text has one kind of line break. */
export const crlfToLf = (text: string) => text.replace(/\r\n/g, "\n");

/** What a multi-line text keeps: TAB and LF. */
export const TEXT_ALLOWED_CONTROLS = ["\t", "\n"] as const;

/**
 * The text with CRLF and lone CR as LF and every other control character but TAB
 * removed: for encoders that must stay well-formed whatever the database holds
 * (rows written before the schemas refused them, or by hand).
 */
export function stripControlCharacters(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROL_ALL, (c) => (c === "\t" || c === "\n" ? c : ""));
}

/** The write schemas' field-level message, in both languages like the others. */
export const controlCharacterMessage = (char: string) =>
  `制御文字（${codePointLabel(char)}）は使えません / Control character ${codePointLabel(char)} is not allowed`;
