// Calendar fields of an instant in Japan time (DESIGN.md, Decision 9).
//
// Every date a merchant reads is in Asia/Tokyo, whatever TZ the server runs in, so we
// never use Date's local getters (they follow the server's TZ) nor add nine hours to
// UTC fields by hand (that hides the time-zone rule in arithmetic). Intl's
// formatToParts with an explicit timeZone gives the fields; we build every string
// ourselves from these numbers, because ICU's ready-made output varies between versions.

export const JST_TIME_ZONE = "Asia/Tokyo";

/** Calendar fields of an instant in Asia/Tokyo. weekday: 0 = Sunday … 6 = Saturday. */
export type JstParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: number;
};

// One formatter for the process: building one is costly and it holds no state.
// "en-US" + latn + gregory only to get ASCII numbers and stable short weekday names
// that we map to numbers; no text of this locale reaches the output.
const formatter = new Intl.DateTimeFormat("en-US", {
  timeZone: JST_TIME_ZONE,
  calendar: "gregory",
  numberingSystem: "latn",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

const WEEKDAY_NUMBERS: Record<string, number> = {
  Sun: 0,
  Mon: 1,
  Tue: 2,
  Wed: 3,
  Thu: 4,
  Fri: 5,
  Sat: 6,
};

function assertValid(date: Date): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`not a valid date: ${String(date)}`);
  }
}

/**
 * Turns formatToParts output into numbers. Exported for tests only (to feed it the
 * "24" hour that some ICU versions produce); use jstParts.
 */
export function readJstParts(parts: Intl.DateTimeFormatPart[]): JstParts {
  const field = (type: Intl.DateTimeFormatPartTypes): string => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new Error(`formatToParts gave no ${type}`);
    return part.value;
  };
  const number = (type: Intl.DateTimeFormatPartTypes): number => {
    const value = Number(field(type));
    if (!Number.isInteger(value)) throw new Error(`formatToParts gave a non-numeric ${type}`);
    return value;
  };
  const weekday = WEEKDAY_NUMBERS[field("weekday")];
  if (weekday === undefined) throw new Error(`unknown weekday "${field("weekday")}"`);
  // Some ICU/V8 versions ignore h23 (or pick h24 for hour12:false) and print midnight
  // as "24" while the date fields already name the new day: only the hour is wrong.
  const hour = number("hour") % 24;
  return {
    year: number("year"),
    month: number("month"),
    day: number("day"),
    hour,
    minute: number("minute"),
    weekday,
  };
}

/** Year, month, day, hour (0–23), minute and weekday (0 = Sunday) of `date` in Japan. */
export function jstParts(date: Date): JstParts {
  assertValid(date);
  return readJstParts(formatter.formatToParts(date));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The Japan calendar day of `date` as "2019-07-29" (for grouping and map keys). */
export function jstDateKey(date: Date): string {
  const { year, month, day } = jstParts(date);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/**
 * The instant at which the Japan day `year`-`month`-`day` (month 1–12) begins.
 *
 * Going the other way (fields → instant) Intl offers nothing, so this one place does
 * subtract the offset: safe because Japan has kept UTC+09:00 all year since its last
 * daylight saving ended in September 1951 (the tz database has no later rule for
 * Asia/Tokyo), so JST midnight is always 15:00 UTC the day before. The tests check the
 * result against jstParts. Out-of-range days roll over as in Date.UTC (day 32 of July
 * = 1 August), which gives "the next day" for free.
 */
export function jstDayStart(year: number, month: number, day: number): Date {
  if (![year, month, day].every(Number.isInteger)) {
    throw new RangeError(`not a calendar day: ${year}-${month}-${day}`);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps the year as given.
  const utcMidnight = new Date(0);
  utcMidnight.setUTCFullYear(year, month - 1, day);
  return new Date(utcMidnight.getTime() - JST_OFFSET_MS);
}

/**
 * `date` as an ISO 8601 instant written in Japan time, to the second:
 * "2026-07-23T10:00:00+09:00" (the send log's CSV: a spreadsheet shows it as the staff
 * read it, and the offset keeps it unambiguous). The fixed offset is safe for the
 * reason given at jstDayStart.
 */
export function jstIsoString(date: Date): string {
  assertValid(date);
  return `${new Date(date.getTime() + JST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;
}
