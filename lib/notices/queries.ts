import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Reads of published notices for the public surfaces. Drafts, withdrawn and
// deleted notices never leave this module.

const publicNotice = { state: "PUBLISHED", deletedAt: null } satisfies Prisma.NoticeWhereInput;

export const revisionInclude = {
  amendment: true,
  contact: { select: { key: true } },
  windows: { orderBy: { position: "asc" } },
  screen: { include: { channels: { include: { channel: true } } } },
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
  select: { id: true, number: true, publishedAt: true, status: true, titleJa: true, titleEn: true, amendment: true },
} satisfies Prisma.Notice$revisionsArgs;

export async function listPublishedNotices() {
  return db.notice.findMany({
    where: publicNotice,
    include: {
      revisions: {
        where: { status: "PUBLISHED" },
        include: {
          windows: { orderBy: { position: "asc" } },
          sections: {
            include: {
              blocks: {
                where: { type: "IMPACT_TABLE" },
                include: {
                  table: { include: { rows: { include: { cells: { include: { refs: { include: { service: true, channel: { include: { service: true } } } } } } } } } },
                },
              },
            },
          },
        },
      },
      issuer: true,
    },
  });
}

export async function listHistory(noticeId: string) {
  return db.revision.findMany({ where: { noticeId, ...historyInclude.where }, orderBy: historyInclude.orderBy, select: historyInclude.select });
}

/** A published notice with its current revision, or the published revision `number`. */
export async function getPublishedNotice(slug: string, number?: number) {
  const notice = await db.notice.findFirst({
    where: { slug, ...publicNotice },
    include: { issuer: true, revisions: historyInclude },
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

/** Publication dates and amendment types of every published revision of these notices. */
export async function listPublications(noticeIds: string[]) {
  return db.revision.findMany({
    where: { noticeId: { in: noticeIds }, status: { in: ["PUBLISHED", "SUPERSEDED"] } },
    select: { noticeId: true, number: true, publishedAt: true, amendment: { select: { type: true } } },
  });
}
