// Date formatting in Japan time (DESIGN.md, Decision 9). Format on the server and pass
// the strings down: a browser would bring its own ICU and time zone.

export { JST_TIME_ZONE, jstDateKey, jstDayStart, jstIsoString, jstParts, type JstParts } from "./jst";
export {
  DASH_EN,
  TILDE_JA,
  formatApproxPeriod,
  formatDate,
  formatScreenPeriod,
  formatWindow,
  formatDateEn,
  formatDateJa,
  formatDateTime,
  formatDateTimeEn,
  formatDateTimeJa,
  formatDuration,
  formatMonthDayEn,
  formatMonthDayJa,
  formatMoment,
  formatMomentEn,
  formatMomentJa,
  formatScreenPeriodEn,
  formatScreenPeriodJa,
  formatShortDateEn,
  formatShortDateJa,
  formatWindowEn,
  formatWindowJa,
  type ApproxPeriod,
  type FormatLocale,
} from "./dates";
export { DEFAULT_PERIOD_STYLE, PERIOD_STYLES, formatPeriodInStyle, periodsInEveryStyle, type PeriodStyle } from "./period-style";
