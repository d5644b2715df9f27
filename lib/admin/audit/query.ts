import { z } from "zod";
import { jstDayStart } from "@/lib/format";
import { auditMessages } from "./messages";

// The audit page's filters, read from its URL (a GET form): each bad value is reported at
// its field and nothing is listed until it is fixed (never a 500).
const m = auditMessages.errors;

const optional = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((value) => value || undefined);
/** A JST day parameter ("2026-11-01"): its start, or the field error (the send log's filters read days the same way). */
export const jstDayParam = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
    const start = match ? jstDayStart(year, month, date) : null;
    // 2026-02-31 is not a day: the JST day of its start would be another
    if (!start || new Date(start.getTime() + 9 * 3_600_000).getUTCDate() !== date) {
      context.addIssue({ code: "custom", message: m.date });
      return z.NEVER;
    }
    return { text: value, start };
  });

export const auditQuerySchema = z
  .object({
    notice: optional,
    user: optional,
    action: z
      .string()
      .trim()
      .max(100)
      .regex(/^[a-z0-9.-]*$/, m.action)
      .optional()
      .transform((value) => value || undefined),
    from: jstDayParam,
    to: jstDayParam,
    page: z.coerce.number({ error: m.page }).int(m.page).min(1, m.page).max(100_000, m.page).default(1),
  })
  .superRefine((query, context) => {
    if (query.from && query.to && query.to.start < query.from.start) context.addIssue({ code: "custom", path: ["to"], message: m.range });
  });

export type AuditQuery = z.output<typeof auditQuerySchema>;

/** The first value of each parameter (a repeated parameter is not an error, only the first counts). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}
