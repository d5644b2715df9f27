// Public site locales: Japanese at /, English at /en. The interface strings are in
// lib/i18n/messages; notice content carries its own ja/en fields.
export type Locale = "ja" | "en";
export const locales: Locale[] = ["ja", "en"];

/** The path of a public page in the given locale ("/notices/x" ↔ "/en/notices/x", "/?q=x" ↔ "/en?q=x"). */
export function localePath(locale: Locale, path: string): string {
  const queryAt = path.indexOf("?");
  const pathname = queryAt < 0 ? path : path.slice(0, queryAt);
  const search = queryAt < 0 ? "" : path.slice(queryAt);
  const clean = pathname === "/" ? "" : pathname;
  return (locale === "ja" ? clean || "/" : `/en${clean}`) + search;
}

export const isLocale = (value: string): value is Locale => (locales as string[]).includes(value);
