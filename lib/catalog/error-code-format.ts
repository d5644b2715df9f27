// The format of the maintenance error code (e.g. Z010000000), an admin setting
// (ScreenDefaults.errorCodePattern): the editor checks every notice's code against it,
// so the reference notice's 8-digit typo 「Z01000000」 is caught (DESIGN.md Decision 1).
//
// The setting is a regular expression, but a restricted one: literals, character
// classes, \d and counted quantifiers ({n} or {n,m}) only. Without groups,
// alternation or unbounded repetition (*, +, ?) a match cannot backtrack
// catastrophically, and the same text means the same in JavaScript and in
// PostgreSQL (the migration's CHECK matches the default code against it there).

export const DEFAULT_ERROR_CODE_PATTERN = "[A-Z][0-9]{9}";

export const errorCodeFormatMessages = {
  required: "エラーコードの形式を入力してください。",
  tooLong: "形式は64文字以内で入力してください。",
  forbidden: "使えるのは英数字、ハイフン、[ ]（文字の範囲）、\\d、{n} または {n,m}（回数）だけです。",
  invalid: "正規表現として読めません。",
  mismatch: (code: string) => `エラーコード「${code}」がこの形式に合いません。`,
} as const;

// one token at a time: an escape (\d or an escaped literal), a class, a count, a literal
const token = /\\d|\\[-[\]{}\\]|\[(?:\\d|[A-Za-z0-9-])+\]|\{\d{1,2}(?:,\d{1,2})?\}|[A-Za-z0-9-]/y;

/** Why `pattern` is refused as an error-code format (a Japanese message), or null when it is fine. */
export function errorCodePatternProblem(pattern: string): string | null {
  if (pattern.length === 0) return errorCodeFormatMessages.required;
  if (pattern.length > 64) return errorCodeFormatMessages.tooLong;
  token.lastIndex = 0;
  let previousWasCount = true; // a count may not open the pattern nor follow another count
  while (token.lastIndex < pattern.length) {
    const at = token.lastIndex;
    const match = token.exec(pattern);
    if (!match || match.index !== at) return errorCodeFormatMessages.forbidden;
    const isCount = match[0].startsWith("{");
    if (isCount && previousWasCount) return errorCodeFormatMessages.forbidden;
    previousWasCount = isCount;
  }
  try {
    new RegExp(pattern, "u");
  } catch {
    return errorCodeFormatMessages.invalid;
  }
  return null;
}

/** Whether `code` has the format `pattern` describes, as a whole (the pattern must be one errorCodePatternProblem accepts). */
export function matchesErrorCodeFormat(pattern: string, code: string): boolean {
  if (errorCodePatternProblem(pattern)) return false;
  return new RegExp(`^(?:${pattern})$`, "u").test(code);
}
