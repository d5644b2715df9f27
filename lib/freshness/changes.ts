import "server-only";
import { db } from "@/lib/db";

/**
 * Slugs whose public pages changed between two instants without a request to
 * this instance: a window started or ended (the status changes by itself), or a
 * revision was published or a notice withdrawn elsewhere (another instance, the
 * seed, the offline command). The audit log is the record of the latter.
 */
export async function slugsChangedBetween(from: Date, to: Date): Promise<string[]> {
  const edges = await db.notice.findMany({
    where: {
      state: "PUBLISHED",
      revisions: {
        some: {
          status: "PUBLISHED",
          windows: { some: { OR: [{ startsAt: { gt: from, lte: to } }, { endsAt: { gt: from, lte: to } }] } },
        },
      },
    },
    select: { slug: true },
  });
  const events = await db.auditEvent.findMany({
    where: { at: { gt: from, lte: to }, noticeId: { not: null }, action: { in: ["revision.publish", "notice.withdraw", "notice.delete"] } },
    select: { noticeId: true },
  });
  const published = events.length
    ? await db.notice.findMany({ where: { id: { in: events.map((e) => e.noticeId!) } }, select: { slug: true } })
    : [];
  return [...new Set([...edges, ...published].map((n) => n.slug))];
}
