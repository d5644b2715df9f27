import "server-only";
import { listFeedNotices } from "@/lib/notices/published/queries";
import type { IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { lastModifiedOf, toFeedNotice, type FeedNotice } from "./feed-notice";

/** Published notices (or the one with `slug`) as the feeds see them, and when that set last changed. */
export async function loadFeedNotices(slug?: string): Promise<{ notices: FeedNotice[]; lastModified: Date | null }> {
  const { notices, changedAt } = await listFeedNotices(slug);
  const feedNotices = notices.map((n) =>
    toFeedNotice({
      slug: n.slug,
      kind: n.kind,
      changedAt: n.updatedAt,
      // the name the notice was published under (Decision 2), not today's brand
      issuer: (n.revision.issuerSnapshot as IssuerSnapshot | null) ?? n.issuer,
      history: n.revisions,
      current: { titleJa: n.revision.titleJa, titleEn: n.revision.titleEn, windows: n.revision.windows, refs: n.refs },
    }),
  );
  return { notices: feedNotices, lastModified: lastModifiedOf(feedNotices, changedAt) };
}
