import "server-only";
import { db } from "@/lib/db";

/**
 * Slugs of the published notices that had a window start or end in (from, to]: their
 * status (upcoming / in progress / past) changed by itself, with no commit to tell
 * anyone. Edges are instants on the clock, so this is the one part of freshness that
 * is read by time; publications are read from the change log (change-feed.ts).
 */
export async function slugsWithWindowEdgeBetween(from: Date, to: Date): Promise<string[]> {
  const notices = await db.notice.findMany({
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
  return notices.map((n) => n.slug);
}
