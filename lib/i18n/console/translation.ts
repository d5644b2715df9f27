import type { Locale } from "@/lib/i18n/locale";

/**
 * The shape another language's table of a console messages object must have: the
 * same keys as the Japanese table, every text a string, every message function the
 * same parameters. `satisfies Translation<typeof ja>` makes the type checker refuse
 * an English table that misses or adds a key (test/console-messages.test.ts checks
 * the keys at run time too, for tables typed as records).
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly string[]
      ? { readonly [K in keyof T]: string }
      : { readonly [K in keyof T]: Translation<T[K]> };

/** A console messages object in both languages: `userMessagesIn[locale].title`. */
export type Localized<T> = Record<Locale, Translation<T>>;

export function localized<T>(ja: T, en: Translation<T>): Localized<T> {
  return { ja: ja as Translation<T>, en };
}
