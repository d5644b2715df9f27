// Which period style the maintenance screen prints its window in: the admin chooses it
// with the screen texts (ScreenDefaults.periodStyle), each revision freezes it
// (ScreenSettings.periodStyle, Decision 2). This is the one place that turns a style
// into a formatter; every screen period goes through formatPeriodInStyle.
import { formatScreenPeriod, formatWindow, type FormatLocale } from "./dates";

export const PERIOD_STYLES = ["SCREEN", "NOTICE"] as const;
export type PeriodStyle = (typeof PERIOD_STYLES)[number];
/** What a screen printed before the style could be chosen, and what a new issuer starts with. */
export const DEFAULT_PERIOD_STYLE: PeriodStyle = "SCREEN";

const formatters: Record<PeriodStyle, (start: Date, end: Date, locale: FormatLocale) => string> = {
  // 「7月29日(月) 2時00分～7時00分」 / "Mon, 29 July, 2:00–7:00 (JST)"
  SCREEN: formatScreenPeriod,
  // 「2019年7月29日(月) 午前2:00～7:00 (5時間)」 / "Mon, 29 July 2019, 2:00–7:00 JST (5 hours)"
  NOTICE: formatWindow,
};

/** A maintenance screen's period in the chosen style. */
export function formatPeriodInStyle(style: PeriodStyle, start: Date, end: Date, locale: FormatLocale): string {
  return formatters[style](start, end, locale);
}

/** The period of `start`–`end` in every style and both languages (the brand page's live preview picks from them). */
export function periodsInEveryStyle(start: Date, end: Date): Record<PeriodStyle, Record<FormatLocale, string>> {
  const both = (style: PeriodStyle) => ({ ja: formatPeriodInStyle(style, start, end, "ja"), en: formatPeriodInStyle(style, start, end, "en") });
  return { SCREEN: both("SCREEN"), NOTICE: both("NOTICE") };
}
