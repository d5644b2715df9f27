// Addresses no page or API can mean: a control character in a path segment or a
// query parameter (`/notices/%00`, `/?q=%01`), or percent-encoding that does not
// decode to UTF-8 (`/notices/%E0%A4%A`, `?q=%ZZ`). Without this, U+0000 reached
// PostgreSQL (which refuses it in text: a 500), and a malformed escape crashed
// Next's router (a 500 too). proxy.ts answers them 400 before any route runs, so
// nothing is read, rendered or cached for them. No React, no database.
import { codePointLabel, findControlCharacter } from "@/lib/text/control-characters";
import type { Locale } from "@/lib/i18n/locale";

/** Where in the address: the path, a parameter's name, or the value of the named parameter. */
export type UrlPart = { part: "path" } | { part: "name" } | { part: "value"; param: string };

export type UrlProblem = ({ kind: "control"; char: string } | { kind: "encoding" }) & { at: UrlPart };

// a value that does not decode is reported as such, never thrown
function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

// Next parses the query leniently (the URL standard's form decoding) and hands the
// proxy a re-encoded copy: an undecodable escape such as %80 arrives as U+FFFD,
// which no form or link of the site ever sends. A lone "%" (`?q=%ZZ`) arrives as a
// literal "%", indistinguishable from `?q=%25ZZ`, and is searched for as typed.
const REPLACEMENT = "\uFFFD";

function check(raw: string, at: UrlPart): UrlProblem | null {
  const text = decode(raw);
  if (text === null || (at.part !== "path" && text.includes(REPLACEMENT))) return { kind: "encoding", at };
  const char = findControlCharacter(text);
  return char ? { kind: "control", char, at } : null;
}

/**
 * The first problem of an address's path and query, or null. `pathname` and
 * `search` as the client sent them (still percent-encoded, as `new URL()` keeps
 * them). Every parameter is checked, whatever its name: which ones a route reads
 * is the route's business, and none of them can mean a control character.
 */
export function findUrlProblem(pathname: string, search: string): UrlProblem | null {
  for (const segment of pathname.split("/")) {
    const problem = check(segment, { part: "path" });
    if (problem) return problem;
  }
  for (const pair of search.replace(/^\?/, "").split("&")) {
    if (!pair) continue;
    const at = pair.indexOf("=");
    // in a query string "+" is a space (application/x-www-form-urlencoded)
    const [rawKey, rawValue] = (at < 0 ? [pair, ""] : [pair.slice(0, at), pair.slice(at + 1)]).map((s) => s.replace(/\+/g, " "));
    const problem = check(rawKey!, { part: "name" }) ?? check(rawValue!, { part: "value", param: decode(rawKey!)! });
    if (problem) return problem;
  }
  return null;
}

const where = {
  ja: (at: UrlPart) => (at.part === "path" ? "パス" : at.part === "name" ? "パラメータ名" : `パラメータ「${at.param}」`),
  en: (at: UrlPart) => (at.part === "path" ? "the path" : at.part === "name" ? "a parameter name" : `parameter "${at.param}"`),
};

/** One sentence saying what is wrong and where, in the request's language. */
export function urlProblemMessage(problem: UrlProblem, locale: Locale): string {
  if (locale === "ja")
    return problem.kind === "control"
      ? `アドレスの${where.ja(problem.at)}に使えない文字（制御文字 ${codePointLabel(problem.char)}）が含まれています。`
      : `アドレスの${where.ja(problem.at)}の「%」による符号化が正しくありません。`;
  return problem.kind === "control"
    ? `The address contains a control character (${codePointLabel(problem.char)}) in ${where.en(problem.at)}.`
    : `The address has malformed percent-encoding in ${where.en(problem.at)}.`;
}

/**
 * The 400 for a bad address: JSON under /api (what its clients parse), plain text
 * elsewhere, in English under /en and /api, in Japanese otherwise. Never cached.
 */
export function badUrlResponse(problem: UrlProblem, pathname: string): Response {
  const headers = { "Cache-Control": "no-store" };
  if (pathname === "/api" || pathname.startsWith("/api/"))
    return Response.json({ error: "bad_request", message: urlProblemMessage(problem, "en") }, { status: 400, headers });
  const locale: Locale = pathname === "/en" || pathname.startsWith("/en/") ? "en" : "ja";
  return new Response(`${urlProblemMessage(problem, locale)}\n`, {
    status: 400,
    headers: { ...headers, "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale },
  });
}
