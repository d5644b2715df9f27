import "server-only";
import { cache } from "react";
import { isPublished } from "@/lib/notices/published/directory";
import { getPublishedRevisions } from "@/lib/notices/published/queries";
import { revisionContent } from "@/lib/notices/content/read";
import type { HistoryInput } from "./history";
import type { ContactSnapshot, IssuerSnapshot } from "@/lib/notices/content/snapshots";

/** Every published revision of a published notice, for buildHistoryView; null when there is none. */
export async function loadHistory(slug: string): Promise<HistoryInput | null> {
  const notice = await getPublishedRevisions(slug);
  if (!notice || notice.revisions.length === 0) return null;
  return {
    slug: notice.slug,
    kind: notice.kind,
    revisions: notice.revisions.map((r) => ({
      number: r.number!,
      publishedAt: r.publishedAt!,
      content: revisionContent(r),
      contact: r.contactSnapshot as ContactSnapshot | null,
      issuer: r.issuerSnapshot as IssuerSnapshot | null,
    })),
  };
}

/**
 * One database read per request, shared by generateMetadata and the page; none at
 * all for an address that names no published notice.
 */
export const loadHistoryCached = cache(async (slug: string) => ((await isPublished(slug)) ? loadHistory(slug) : null));
