import "server-only";
import { publishedImpact } from "@/lib/affected/read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listFeedNotices } from "@/lib/notices/published/queries";
import { frozenIssuer } from "@/lib/notices/content/snapshots";
import { lastModifiedOf, toFeedNotice, type FeedNotice } from "./feed-notice";

/** Published notices (or the one with `slug`, or those whose listing matches) as the feeds see them, and when that set last changed. */
export async function loadFeedNotices(
  slug?: string,
  listing?: Prisma.NoticeListingWhereInput,
  state: "PUBLISHED" | "WITHDRAWN" = "PUBLISHED",
): Promise<{ notices: FeedNotice[]; lastModified: Date | null }> {
  const { notices, changedAt } = await listFeedNotices(slug, listing, state);
  const feedNotices = notices.map((n) =>
    toFeedNotice({
      slug: n.slug,
      kind: n.kind,
      changedAt: n.updatedAt,
      withdrawnAt: n.withdrawnAt,
      // the name the notice was published under (Decision 2), not today's brand
      issuer: frozenIssuer(n.revision),
      history: n.revisions,
      current: { titleJa: n.revision.titleJa, titleEn: n.revision.titleEn, windows: n.revision.windows, impact: publishedImpact(n.revision) },
    }),
  );
  return { notices: feedNotices, lastModified: lastModifiedOf(feedNotices, changedAt) };
}
