// The frozen names of what a revision affects, in one language: the feeds' categories,
// the shop text and the notice page's summary all name entries this way.
import type { AffectedKeys, CatalogName, FrozenNames, RevisionImpact } from "./types";

export type NameLocale = "ja" | "en";

/** The frozen name in the locale and the language it is in (Japanese where no English was recorded; the key if none was frozen). */
export function frozenLabel(names: Record<string, CatalogName>, key: string, locale: NameLocale): { text: string; lang: NameLocale } {
  const name = names[key];
  if (!name) return { text: key, lang: locale };
  return locale === "en" && name.en ? { text: name.en, lang: "en" } : { text: name.ja, lang: "ja" };
}

export const frozenName = (names: Record<string, CatalogName>, key: string, locale: NameLocale): string => frozenLabel(names, key, locale).text;

export interface AffectedEntry {
  kind: "services" | "paymentMethods" | "channels";
  key: string;
  name: string;
}

/** What the revision stops or degrades, services first, then payment methods, then channels. */
export function affectedEntries(impact: RevisionImpact, locale: NameLocale): AffectedEntry[] {
  const kinds = ["services", "paymentMethods", "channels"] as const satisfies readonly (keyof AffectedKeys & keyof FrozenNames)[];
  return kinds.flatMap((kind) => impact.result.affected[kind].map((key) => ({ kind, key, name: frozenName(impact.names[kind], key, locale) })));
}
