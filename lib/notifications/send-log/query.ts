import { z } from "zod";
import { jstDayParam } from "@/lib/admin/audit/query";
import { auditMessages } from "@/lib/admin/audit/messages";
import { SendChannel, SendEvent, SendStatus } from "@/lib/generated/prisma/enums";
import { sendLogMessages } from "./messages";

// The send log's filters, read from its URL (a GET form, and the CSV export's link
// with the same parameters): each bad value is reported at its field and nothing is
// listed until it is fixed (never a 500).
const m = sendLogMessages.errors;

const text = z
  .string()
  .trim()
  .max(200, m.tooLong)
  .optional()
  .transform((value) => value || undefined);

const choice = <T extends Record<string, string>>(values: T) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, context): T[keyof T] | undefined => {
      if (!value) return undefined;
      if (!Object.values(values).includes(value)) {
        context.addIssue({ code: "custom", message: m.choice });
        return z.NEVER;
      }
      return value as T[keyof T];
    });

/** A position in the list, newest first: the row's creation instant (ms) and id ("1785000000000.clx…"). */
export interface Cursor {
  at: Date;
  id: string;
}

const cursor = z
  .string()
  .trim()
  .optional()
  .transform((value, context): Cursor | undefined => {
    if (!value) return undefined;
    const match = /^(\d{1,15})\.([a-z0-9]{1,64})$/.exec(value);
    const at = match ? new Date(Number(match[1])) : null;
    if (!match || !at || Number.isNaN(at.getTime())) {
      context.addIssue({ code: "custom", message: m.cursor });
      return z.NEVER;
    }
    return { at, id: match[2]! };
  });

export const writeCursor = (row: { createdAt: Date; id: string }) => `${row.createdAt.getTime()}.${row.id}`;

/** The filters alone: what the list, its counts and the CSV export share. */
export const sendLogFilterSchema = z
  .object({
    notice: text,
    revision: z
      .string()
      .trim()
      .optional()
      .transform((value, context) => {
        if (!value) return undefined;
        if (!/^\d{1,6}$/.test(value) || Number(value) < 1) {
          context.addIssue({ code: "custom", message: m.revisionNumber });
          return z.NEVER;
        }
        return Number(value);
      }),
    event: choice(SendEvent),
    channel: choice(SendChannel),
    status: choice(SendStatus),
    merchant: text,
    recipient: text,
    from: jstDayParam,
    to: jstDayParam,
  })
  .superRefine((query, context) => {
    if (query.revision !== undefined && !query.notice) context.addIssue({ code: "custom", path: ["revision"], message: m.revisionWithoutNotice });
    if (query.from && query.to && query.to.start < query.from.start) context.addIssue({ code: "custom", path: ["to"], message: auditMessages.errors.range });
  });

/** The list page's parameters: the filters and where the page starts (after a row, or before one). */
export const sendLogQuerySchema = sendLogFilterSchema.and(z.object({ after: cursor, before: cursor }));

export type SendLogFilter = z.output<typeof sendLogFilterSchema>;
export type SendLogQuery = z.output<typeof sendLogQuerySchema>;

/** The names of the filters, in the order the URL carries them (links keep them). */
export const filterNames = ["notice", "revision", "event", "channel", "status", "merchant", "recipient", "from", "to"] as const;
