import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SendStatus } from "@/lib/generated/prisma/enums";
import { writeCursor, type Cursor, type SendLogFilter, type SendLogQuery } from "./query";

// Reading the send log (issue 11): the console's list, its counts and the CSV export
// all build their WHERE here, so the export holds exactly the rows the list shows.

export const SEND_LOG_PAGE_SIZE = 50;
const DAY = 24 * 3_600_000;

export type SendLogFilterError = { field: "notice" | "revision" | "merchant"; message: "notice" | "revision" | "merchant" };

/** The filters as a WHERE (without the status when `withStatus` is false: the counts by status), or which name is unknown. */
export async function sendLogWhere(filter: SendLogFilter, withStatus = true): Promise<{ where: Prisma.SendLogWhereInput } | { error: SendLogFilterError }> {
  const where: Prisma.SendLogWhereInput = {};
  if (filter.notice) {
    const notice = await db.notice.findUnique({ where: { slug: filter.notice }, select: { id: true } });
    if (!notice) return { error: { field: "notice", message: "notice" } };
    where.noticeId = notice.id;
    if (filter.revision !== undefined) {
      const revision = await db.revision.findFirst({ where: { noticeId: notice.id, number: filter.revision }, select: { id: true } });
      if (!revision) return { error: { field: "revision", message: "revision" } };
      where.revisionId = revision.id;
    }
  }
  if (filter.merchant) {
    const merchant = await db.merchant.findUnique({ where: { code: filter.merchant }, select: { id: true } });
    if (!merchant) return { error: { field: "merchant", message: "merchant" } };
    where.merchantId = merchant.id;
  }
  if (filter.event) where.event = filter.event;
  if (filter.channel) where.channel = filter.channel;
  if (withStatus && filter.status) where.status = filter.status;
  if (filter.recipient) where.recipient = { contains: filter.recipient, mode: "insensitive" };
  if (filter.from || filter.to)
    where.createdAt = { ...(filter.from ? { gte: filter.from.start } : {}), ...(filter.to ? { lt: new Date(filter.to.start.getTime() + DAY) } : {}) };
  return { where };
}

export const sendLogRowSelect = {
  id: true,
  createdAt: true,
  event: true,
  channel: true,
  recipient: true,
  status: true,
  reason: true,
  attempts: true,
  lastError: true,
  lastAttemptAt: true,
  sentAt: true,
  messageId: true,
  subscriberId: true,
  notice: { select: { id: true, slug: true } },
  revision: { select: { id: true, number: true, amendment: { select: { type: true } } } },
  window: { select: { key: true } },
  merchant: { select: { id: true, code: true, nameJa: true, nameEn: true } },
  webhook: { select: { id: true, url: true } },
} satisfies Prisma.SendLogSelect;

export type SendLogRow = Prisma.SendLogGetPayload<{ select: typeof sendLogRowSelect }>;

/** Rows strictly after (older than) or before (newer than) a cursor, in the list's order: newest first, then id. */
function beyond(cursor: Cursor, direction: "older" | "newer"): Prisma.SendLogWhereInput {
  const op = direction === "older" ? "lt" : "gt";
  return { OR: [{ createdAt: { [op]: cursor.at } }, { createdAt: cursor.at, id: { [op]: cursor.id } }] };
}

const newestFirst: Prisma.SendLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];
const oldestFirst: Prisma.SendLogOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];

export interface SendLogPage {
  rows: SendLogRow[];
  /** rows per status for the filters other than the status (so each count can be picked) */
  counts: Record<SendStatus, number>;
  /** rows matching every filter */
  total: number;
  /** cursors of the neighbouring pages, or null at either end */
  next: string | null;
  previous: string | null;
}

/** One page of the send log (keyset: no OFFSET, so a deep page of a long log costs what the first does). */
export async function readSendLogPage(query: SendLogQuery, pageSize = SEND_LOG_PAGE_SIZE): Promise<SendLogPage | { error: SendLogFilterError }> {
  const built = await sendLogWhere(query);
  if ("error" in built) return built;
  const { where } = built;
  const backwards = !query.after && query.before !== undefined;
  const position = query.after ? beyond(query.after, "older") : query.before ? beyond(query.before, "newer") : undefined;
  const found = await db.sendLog.findMany({
    where: position ? { AND: [where, position] } : where,
    orderBy: backwards ? oldestFirst : newestFirst,
    take: pageSize + 1,
    select: sendLogRowSelect,
  });
  const more = found.length > pageSize;
  const rows = found.slice(0, pageSize);
  if (backwards) rows.reverse();
  const first = rows[0];
  const last = rows.at(-1);
  const next = backwards ? (last ? writeCursor(last) : null) : more && last ? writeCursor(last) : null;
  const previous = backwards ? (more && first ? writeCursor(first) : null) : query.after && first ? writeCursor(first) : null;
  const [counts, total] = await Promise.all([countByStatus(query), db.sendLog.count({ where })]);
  return { rows, counts, total, next, previous };
}

async function countByStatus(filter: SendLogFilter): Promise<Record<SendStatus, number>> {
  const built = await sendLogWhere(filter, false);
  const counts: Record<SendStatus, number> = { QUEUED: 0, SENT: 0, FAILED: 0, SKIPPED: 0, SUPPRESSED: 0 };
  if ("error" in built) return counts;
  const groups = await db.sendLog.groupBy({ by: ["status"], where: built.where, _count: { _all: true } });
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

/**
 * Every row matching the filters, newest first, in batches (keyset again): the CSV
 * export streams them without holding a large log in memory.
 */
export async function* sendLogRowsForExport(where: Prisma.SendLogWhereInput, batchSize = 500): AsyncGenerator<SendLogRow[]> {
  let after: Cursor | undefined;
  for (;;) {
    const rows = await db.sendLog.findMany({
      where: after ? { AND: [where, beyond(after, "older")] } : where,
      orderBy: newestFirst,
      take: batchSize,
      select: sendLogRowSelect,
    });
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    const last = rows.at(-1)!;
    after = { at: last.createdAt, id: last.id };
  }
}
