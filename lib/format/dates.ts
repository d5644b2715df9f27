// Dates, periods and durations as the notices print them (DESIGN.md, Decision 9 and
// "Derived"): always in Japan time, built from jstParts numbers and our own name
// tables, so the text is the same on every server TZ and every ICU version. Intl's
// ready-made range format matches neither seed notice, hence the assembly by hand.

import { jstParts, type JstParts } from "./jst";

/** The one range sign in Japanese text: U+FF5E FULLWIDTH TILDE (as in 午前2:00～6:00). */
export const TILDE_JA = "\uFF5E";
/** The one range sign in English text: U+2013 EN DASH. */
export const DASH_EN = "\u2013";

export type FormatLocale = "ja" | "en";

/** A period known only roughly, as in "2019年10月下旬" (part null = the whole month). */
export type ApproxPeriod = {
  year: number;
  month: number;
  part: "early" | "mid" | "late" | null;
};

const WEEKDAYS_JA = ["日", "月", "火", "水", "木", "金", "土"] as const;
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
// Fixed three-letter forms: ICU's en-GB short month has changed ("Sep" → "Sept").
const MONTHS_EN_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const;
const PARTS_JA = { early: "上旬", mid: "中旬", late: "下旬" } as const;
const PARTS_EN = { early: "early ", mid: "mid-", late: "late " } as const;

const MINUTE_MS = 60 * 1000;

function nameAt(table: readonly string[], index: number): string {
  const name = table[index];
  if (name === undefined) throw new RangeError(`no name for index ${index}`);
  return name;
}

const pad2 = (value: number): string => String(value).padStart(2, "0");

function sameDay(a: JstParts, b: JstParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

// A window whose end comes before its start is a bug upstream: fail loudly rather than
// print a negative duration. A zero-length one is printed as it is ("0分").
function windowParts(start: Date, end: Date): [JstParts, JstParts, number] {
  const s = jstParts(start);
  const e = jstParts(end);
  const ms = end.getTime() - start.getTime();
  if (ms < 0) {
    throw new RangeError(`window ends before it starts: ${start.toISOString()} > ${end.toISOString()}`);
  }
  return [s, e, ms];
}

// ---------------------------------------------------------------- Japanese

const weekdayJa = (p: JstParts): string => `(${nameAt(WEEKDAYS_JA, p.weekday)})`;
const monthDayWeekdayJa = (p: JstParts): string => `${p.month}月${p.day}日${weekdayJa(p)}`;
const dateWeekdayJa = (p: JstParts): string => `${p.year}年${monthDayWeekdayJa(p)}`;

// The notices use the 12-hour clock with 午前/午後: noon is 午後0:00, midnight 午前0:00.
const periodJa = (p: JstParts): string => (p.hour < 12 ? "午前" : "午後");
const clockJa = (p: JstParts): string => `${p.hour % 12}:${pad2(p.minute)}`;

/** "2019年7月29日(月)" */
export function formatDateJa(date: Date): string {
  return dateWeekdayJa(jstParts(date));
}

/** "2019年7月29日(月) 午前2:00": an instant with its year, as the console lists events */
export function formatDateTimeJa(date: Date): string {
  const p = jstParts(date);
  return `${dateWeekdayJa(p)} ${periodJa(p)}${clockJa(p)}`;
}

/** "7月23日" (as in "(7月23日追記)") */
export function formatMonthDayJa(date: Date): string {
  const p = jstParts(date);
  return `${p.month}月${p.day}日`;
}

/** "7/23" (as in "※7/23 追記あり") */
export function formatShortDateJa(date: Date): string {
  const p = jstParts(date);
  return `${p.month}/${p.day}`;
}

/** "7月29日 午前8:00": an instant within a notice's year, as in "7月29日 午前8:00に終了しました" */
export function formatMomentJa(date: Date): string {
  const p = jstParts(date);
  return `${p.month}月${p.day}日 ${periodJa(p)}${clockJa(p)}`;
}

/**
 * A maintenance window as the notices print it:
 * "2019年7月29日(月) 午前2:00～7:00 (5時間)". The end repeats 午前/午後 only when it
 * changes ("午前10:00～午後1:00"). A window crossing midnight shows both dates
 * (Decision 9), the end's year only when it differs:
 * "2019年7月28日(日) 午後11:00～7月29日(月) 午前2:00 (3時間)". An end at JST midnight
 * belongs to the next day ("～7月29日(月) 午前0:00"), never "24:00".
 */
export function formatWindowJa(start: Date, end: Date): string {
  const [s, e, ms] = windowParts(start, end);
  const from = `${dateWeekdayJa(s)} ${periodJa(s)}${clockJa(s)}`;
  let to: string;
  if (sameDay(s, e)) {
    to = periodJa(e) === periodJa(s) ? clockJa(e) : `${periodJa(e)}${clockJa(e)}`;
  } else {
    const date = s.year === e.year ? monthDayWeekdayJa(e) : dateWeekdayJa(e);
    to = `${date} ${periodJa(e)}${clockJa(e)}`;
  }
  return `${from}${TILDE_JA}${to} (${formatDuration(ms, "ja")})`;
}

/**
 * The period on the maintenance screen (24-hour clock, 時/分, no year):
 * "7月29日(月) 2時00分～7時00分"; across midnight
 * "7月28日(日) 23時00分～7月29日(月) 2時00分".
 */
export function formatScreenPeriodJa(start: Date, end: Date): string {
  const [s, e] = windowParts(start, end);
  const time = (p: JstParts): string => `${p.hour}時${pad2(p.minute)}分`;
  const to = sameDay(s, e) ? time(e) : `${monthDayWeekdayJa(e)} ${time(e)}`;
  return `${monthDayWeekdayJa(s)} ${time(s)}${TILDE_JA}${to}`;
}

// ---------------------------------------------------------------- English

const time24 = (p: JstParts): string => `${p.hour}:${pad2(p.minute)}`;
const dayMonthEn = (p: JstParts): string => `${p.day} ${nameAt(MONTHS_EN, p.month - 1)}`;
const weekdayDayMonthEn = (p: JstParts): string => `${nameAt(WEEKDAYS_EN, p.weekday)}, ${dayMonthEn(p)}`;

/** "29 July 2019" */
export function formatDateEn(date: Date): string {
  const p = jstParts(date);
  return `${dayMonthEn(p)} ${p.year}`;
}

/** "Mon, 29 July 2019, 2:00 JST" (the English of formatDateTimeJa: an instant with its year, as the console lists events) */
export function formatDateTimeEn(date: Date): string {
  const p = jstParts(date);
  return `${weekdayDayMonthEn(p)} ${p.year}, ${time24(p)} JST`;
}

/** "23 July" (the English of formatMonthDayJa) */
export function formatMonthDayEn(date: Date): string {
  return dayMonthEn(jstParts(date));
}

/** "29 July at 8:00 JST" (the English of formatMomentJa) */
export function formatMomentEn(date: Date): string {
  const p = jstParts(date);
  return `${dayMonthEn(p)} at ${time24(p)} JST`;
}

/** "23 Jul" */
export function formatShortDateEn(date: Date): string {
  const p = jstParts(date);
  return `${p.day} ${nameAt(MONTHS_EN_SHORT, p.month - 1)}`;
}

/**
 * "Mon, 29 July 2019, 2:00–7:00 JST (5 hours)"; across midnight both dates, with a
 * spaced dash: "Sun, 28 July 2019, 23:00 – Mon, 29 July 2019, 2:00 JST (3 hours)".
 */
export function formatWindowEn(start: Date, end: Date): string {
  const [s, e, ms] = windowParts(start, end);
  const from = `${weekdayDayMonthEn(s)} ${s.year}, ${time24(s)}`;
  const range = sameDay(s, e)
    ? `${from}${DASH_EN}${time24(e)}`
    : `${from} ${DASH_EN} ${weekdayDayMonthEn(e)} ${e.year}, ${time24(e)}`;
  return `${range} JST (${formatDuration(ms, "en")})`;
}

/**
 * The period on the English maintenance screen: "Mon, 29 July, 2:00–7:00 (JST)";
 * across midnight "Sun, 28 July, 23:00 – Mon, 29 July, 2:00 (JST)".
 */
export function formatScreenPeriodEn(start: Date, end: Date): string {
  const [s, e] = windowParts(start, end);
  const from = `${weekdayDayMonthEn(s)}, ${time24(s)}`;
  const range = sameDay(s, e)
    ? `${from}${DASH_EN}${time24(e)}`
    : `${from} ${DASH_EN} ${weekdayDayMonthEn(e)}, ${time24(e)}`;
  return `${range} (JST)`;
}

// ---------------------------------------------------------------- both

/**
 * An elapsed time in whole minutes (rounded): "5時間", "4時間30分", "45分" /
 * "5 hours", "4 hours 30 minutes", "45 minutes". Hours are not folded into days: a
 * window of 27 hours reads "27時間", as a maintenance notice would put it. Real elapsed
 * time equals the JST wall-clock difference, since Japan has no daylight saving.
 */
export function formatDuration(ms: number, locale: FormatLocale): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`not a duration: ${ms}`);
  const total = Math.round(ms / MINUTE_MS);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (locale === "ja") {
    if (hours === 0) return `${minutes}分`;
    return minutes === 0 ? `${hours}時間` : `${hours}時間${minutes}分`;
  }
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (hours === 0) return unit(minutes, "minute");
  return minutes === 0 ? unit(hours, "hour") : `${unit(hours, "hour")} ${unit(minutes, "minute")}`;
}

/** "2019年10月下旬" / "late October 2019"; part null gives "2019年10月" / "October 2019". */
export function formatApproxPeriod(period: ApproxPeriod, locale: FormatLocale): string {
  const { year, month, part } = period;
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`not a month: ${year}-${month}`);
  }
  if (locale === "ja") return `${year}年${month}月${part ? PARTS_JA[part] : ""}`;
  return `${part ? PARTS_EN[part] : ""}${nameAt(MONTHS_EN, month - 1)} ${year}`;
}

// The same formats chosen by locale, so callers need not pick the Ja/En twin each time.

export function formatWindow(start: Date, end: Date, locale: FormatLocale): string {
  return locale === "ja" ? formatWindowJa(start, end) : formatWindowEn(start, end);
}

export function formatScreenPeriod(start: Date, end: Date, locale: FormatLocale): string {
  return locale === "ja" ? formatScreenPeriodJa(start, end) : formatScreenPeriodEn(start, end);
}

export function formatDateTime(date: Date, locale: FormatLocale): string {
  return locale === "ja" ? formatDateTimeJa(date) : formatDateTimeEn(date);
}

export function formatMoment(date: Date, locale: FormatLocale): string {
  return locale === "ja" ? formatMomentJa(date) : formatMomentEn(date);
}

export function formatDate(date: Date, locale: FormatLocale): string {
  return locale === "ja" ? formatDateJa(date) : formatDateEn(date);
}

