// The console's date-time inputs (`datetime-local`, no zone) are Japan time whatever the
// browser's or the server's zone (DESIGN.md Decision 9): these two convert between such a
// value and an instant, through lib/format's one JST rule.
import { jstDayStart, jstParts } from "@/lib/format";

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** "2026-07-29T02:00" read as JST; null for anything else (out-of-range fields included). */
export function jstInputToDate(value: string): Date | null {
  const m = localPattern.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const at = new Date(jstDayStart(year, month, day).getTime() + (hour * 60 + minute) * 60_000);
  // 2026-02-31 rolls over to March: refuse it rather than move the window
  return jstParts(at).day === day ? at : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An instant as a `datetime-local` value in JST ("2026-07-29T02:00"). */
export function dateToJstInput(date: Date): string {
  const p = jstParts(date);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
