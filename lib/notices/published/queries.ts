import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storedChannelKeys, windowChannelRows } from "@/lib/maintenance/window-channels";

// Reads of published notices for the public surfaces. Drafts, withdrawn and
// deleted notices never leave this module.

const publicNotice = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.NoticeWhereInput;

export const revisionInclude = {
  amendment: true,
  impact: { select: { result: true, names: true } },
  contact: { select: { key: true } },
  windows: { orderBy: { position: "asc" }, include: windowChannelRows },
  screen: { include: { channels: { orderBy: { channel: { sortOrder: "asc" } }, include: { channel: true } } } },
  sections: {
    orderBy: [{ kind: "asc" }, { position: "asc" }],
    include: {
      blocks: {
        orderBy: { position: "asc" },
        include: {
          footnotes: { orderBy: { position: "asc" } },
          table: {
            include: {
              columns: { orderBy: { position: "asc" } },
              rows: {
                orderBy: { position: "asc" },
                include: {
                  cells: {
                    include: {
                      refs: { orderBy: { position: "asc" }, include: { audience: true, service: true, paymentMethod: true, channel: true } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
} satisfies Prisma.RevisionInclude;

export type FullRevision = Prisma.RevisionGetPayload<{ include: typeof revisionInclude }>;

/** The published history of a notice, oldest first (amendments and dates for derived facts). */
const historyInclude = {
  where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } },
  orderBy: { number: "asc" },
  select: { id: true, number: true, publishedAt: true, publishedAtKnown: true, status: true, titleJa: true, titleEn: true, amendment: true },
} satisfies Prisma.Notice$revisionsArgs;

/** A published notice with its current revision, or the published revision `number`. */
export async function getPublishedNotice(slug: string, number?: number) {
  const notice = await db.notice.findFirst({
    where: { slug, ...publicNotice },
    include: { revisions: historyInclude },
  });
  if (!notice) return null;
  const wanted = number ?? notice.revisions.findLast((r) => r.status === "PUBLISHED")?.number;
  if (!wanted) return null;
  const revision = await db.revision.findFirst({
    where: { noticeId: notice.id, number: wanted, status: { in: ["PUBLISHED", "SUPERSEDED"] } },
    include: revisionInclude,
  });
  return revision ? { notice, revision, history: notice.revisions } : null;
}

// ───── Feeds, calendars and the JSON API (lib/feeds, lib/api) ─────
// Each read runs in one REPEATABLE READ transaction: Prisma splits a nested read
// into several queries, and a body hashed into an ETag must not mix the notice
// before a publication with the revision after it.

const publishedHistorySelect = {
  number: true,
  publishedAt: true,
  publishedAtKnown: true,
  amendment: { select: { type: true, summaryJa: true, summaryEn: true, sectionKeys: true, windowKeys: true } },
} satisfies Prisma.RevisionSelect;

/**
 * Published notices (or the one with `slug`, or those whose listing row matches
 * `listing`) with their published history and the
 * current revision's title, windows, frozen issuer and stored impact; and the
 * last write to any notice that is or was public, so that a withdrawal, which
 * removes a notice from the list, still moves the list's Last-Modified.
 */
export async function listFeedNotices(slug?: string, listing?: Prisma.NoticeListingWhereInput, state: "PUBLISHED" | "WITHDRAWN" = "PUBLISHED") {
  const where = {
    // a withdrawn notice is read only by its own calendar, which cancels its events (ADR 0012)
    state,
    deletedAt: null,
    ...(slug === undefined ? {} : { slug }),
    // the index's own where-clause on its listing row (lib/api: the same set the index answers)
    ...(listing === undefined ? {} : { listing: { is: listing } }),
  } satisfies Prisma.NoticeWhereInput;
  const [notices, revisions, changed] = await db.$transaction(
    [
      db.notice.findMany({
        where,
        orderBy: { slug: "asc" },
        select: {
          id: true,
          slug: true,
          kind: true,
          updatedAt: true,
          withdrawnAt: true,
          revisions: { where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } }, orderBy: { number: "asc" }, select: publishedHistorySelect },
        },
      }),
      db.revision.findMany({
        where: { status: "PUBLISHED", notice: where },
        select: {
          noticeId: true,
          titleJa: true,
          titleEn: true,
          issuerSnapshot: true,
          id: true,
          windows: { orderBy: { position: "asc" }, select: { key: true, startsAt: true, endsAt: true, status: true, ...windowChannelRows } },
          impact: { select: { result: true, names: true } },
        },
      }),
      db.notice.aggregate({
        where: { state: { in: ["PUBLISHED", "WITHDRAWN"] }, deletedAt: null, ...(slug === undefined ? {} : { slug }) },
        _max: { updatedAt: true },
      }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  const current = new Map(revisions.map((r) => [r.noticeId, { ...r, windows: r.windows.map(({ channels, ...w }) => ({ ...w, channelKeys: storedChannelKeys({ channels }) })) }]));
  return {
    notices: notices.flatMap((notice) => {
      const revision = current.get(notice.id);
      if (!revision) return [];
      return [{ ...notice, revision }];
    }),
    changedAt: changed._max.updatedAt,
  };
}

/** A published notice for the JSON API: its current revision in full (its stored impact included) and its history. */
export async function getApiNotice(slug: string) {
  return db.$transaction(
    async (tx) => {
      const notice = await tx.notice.findFirst({
        where: { slug, ...publicNotice },
        include: { revisions: { where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } }, orderBy: { number: "asc" }, select: publishedHistorySelect } },
      });
      if (!notice) return null;
      const revision = await tx.revision.findFirst({ where: { noticeId: notice.id, status: "PUBLISHED" }, include: revisionInclude });
      if (!revision) return null;
      return { notice, revision, history: notice.revisions };
    },
    { isolationLevel: "RepeatableRead" },
  );
}

// ───── History (lib/notices/history/load-history.ts) ─────

/**
 * A published notice with every published revision in full, oldest first: the
 * history page diffs each revision against the one before it. Revisions are
 * immutable once published, so one nested read cannot mix versions of a revision;
 * at worst it misses one published in between, which the next request shows.
 */
export async function getPublishedRevisions(slug: string) {
  return db.notice.findFirst({
    where: { slug, ...publicNotice },
    select: {
      slug: true,
      kind: true,
      revisions: { where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } }, orderBy: { number: "asc" }, include: revisionInclude },
    },
  });
}
