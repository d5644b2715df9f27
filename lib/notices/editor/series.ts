// A recurring 定期 series: "the second Monday of each month, 02:00–06:00 JST" as one
// window per month. Calendar arithmetic in Japan time through lib/format (Decision 9).
import { jstDayStart, jstParts } from "@/lib/format";

export interface SeriesRule {
  /** first month, "2026-07" */
  firstMonth: string;
  /** how many months, 1–12 */
  months: number;
  /** 1 = the first … 5 = the fifth such weekday of the month (months without one are skipped) */
  nth: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** "02:00" (JST) */
  startTime: string;
  /** "06:00" (JST); not after the start: the window ends the next day */
  endTime: string;
}

export interface SeriesWindow {
  year: number;
  month: number;
  day: number;
  startsAt: Date;
  endsAt: Date;
}

const minutes = (time: string) => {
  const [h, m] = time.split(":").map(Number) as [number, number];
  return h * 60 + m;
};

/** The windows of the series, in order; a month without an nth such weekday has none. */
export function seriesWindows(rule: SeriesRule): SeriesWindow[] {
  const [firstYear, firstMonth] = rule.firstMonth.split("-").map(Number) as [number, number];
  const start = minutes(rule.startTime);
  let end = minutes(rule.endTime);
  if (end <= start) end += 24 * 60;
  const out: SeriesWindow[] = [];
  for (let i = 0; i < rule.months; i++) {
    const year = firstYear + Math.floor((firstMonth - 1 + i) / 12);
    const month = ((firstMonth - 1 + i) % 12) + 1;
    const firstWeekday = jstParts(jstDayStart(year, month, 1)).weekday;
    const day = 1 + ((rule.weekday - firstWeekday + 7) % 7) + 7 * (rule.nth - 1);
    const midnight = jstDayStart(year, month, day);
    if (jstParts(midnight).month !== month) continue;
    out.push({ year, month, day, startsAt: new Date(midnight.getTime() + start * 60_000), endsAt: new Date(midnight.getTime() + end * 60_000) });
  }
  return out;
}
