import type { Locale } from "./locale";

/** A record's name in the reader's language: its English name in English where it has one, else the Japanese. */
export function entryName(entry: { nameJa: string; nameEn: string | null }, locale: Locale): string {
  return (locale === "en" && entry.nameEn) || entry.nameJa;
}
