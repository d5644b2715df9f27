// What a maintenance screen shows in one language, as plain data (issue 10): built from a
// revision's frozen texts (Decision 2) or the admin's defaults, by the public notice page
// (資料1), the console's preview tab and the live screen routes alike, so the three show the
// same words. Pure: no React, no database.
import { DEFAULT_PERIOD_STYLE, formatPeriodInStyle, type PeriodStyle } from "@/lib/format/period-style";
import type { Locale } from "@/lib/i18n/locale";

/** A text in the language it is written in (an English screen falls back to the Japanese text where it has none). */
export interface ScreenLine {
  text: string;
  lang: Locale;
}

type Bilingual = { ja: string; en?: string | null };

/** The texts as stored: a revision's screen settings, a notice's content or the snapshot's. */
export interface ScreenTextSource {
  heading: Bilingual;
  message: Bilingual;
  periodLabel: Bilingual;
  /** which period style of lib/format the window is written in; none: the screen style */
  periodStyle?: PeriodStyle;
  inlineMessage: Bilingual;
  contactLabel: Bilingual;
  contactLines: { ja: string[]; en: string[] };
}

export interface ScreenIssuer {
  nameJa: string;
  nameEn: string | null;
  logoPath: string | null;
  copyrightJa: string | null;
  copyrightEn: string | null;
}

export interface ScreenView {
  locale: Locale;
  heading: ScreenLine;
  message: ScreenLine;
  periodLabel: ScreenLine;
  /** the window as the screen words it; null when there is none to show */
  period: string | null;
  inlineMessage: ScreenLine;
  contactLabel: ScreenLine;
  contactLines: string[];
  contactLinesLang: Locale;
}

export function screenLine(value: Bilingual, locale: Locale): ScreenLine {
  return locale === "en" && value.en ? { text: value.en, lang: "en" } : { text: value.ja, lang: "ja" };
}

export function screenView(texts: ScreenTextSource, window: { start: Date; end: Date } | null, locale: Locale): ScreenView {
  const english = locale === "en" && texts.contactLines.en.length > 0;
  return {
    locale,
    heading: screenLine(texts.heading, locale),
    message: screenLine(texts.message, locale),
    periodLabel: screenLine(texts.periodLabel, locale),
    period: window ? formatPeriodInStyle(texts.periodStyle ?? DEFAULT_PERIOD_STYLE, window.start, window.end, locale) : null,
    inlineMessage: screenLine(texts.inlineMessage, locale),
    contactLabel: screenLine(texts.contactLabel, locale),
    contactLines: english ? texts.contactLines.en : texts.contactLines.ja,
    contactLinesLang: english ? "en" : "ja",
  };
}

/** The issuer's name and copyright in the screen's language. */
export function issuerLines(issuer: ScreenIssuer, locale: Locale): { name: string; copyright: string | null } {
  return locale === "en"
    ? { name: issuer.nameEn ?? issuer.nameJa, copyright: issuer.copyrightEn ?? issuer.copyrightJa }
    : { name: issuer.nameJa, copyright: issuer.copyrightJa };
}
