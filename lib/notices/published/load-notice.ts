import "server-only";
import { publishedImpact } from "@/lib/affected/read";
import { getPublishedNotice } from "./queries";
import { revisionContent } from "@/lib/notices/content/read";
import { frozenIssuer, type ContactSnapshot } from "@/lib/notices/content/snapshots";
import type { NoticeInput } from "@/lib/notices/page/view";

/** A published notice (current revision, or revision `number`) ready for buildNoticeView. */
export async function loadNotice(slug: string, number?: number): Promise<NoticeInput | null> {
  const found = await getPublishedNotice(slug, number);
  if (!found) return null;
  const { notice, revision, history } = found;
  return {
    slug: notice.slug,
    kind: notice.kind,
    number: revision.number!,
    publishedAt: revision.publishedAt!,
    publishedAtKnown: revision.publishedAtKnown,
    content: revisionContent(revision),
    contact: revision.contactSnapshot as ContactSnapshot | null,
    issuer: frozenIssuer(revision),
    history: history.map((h) => ({ number: h.number!, publishedAt: h.publishedAt!, publishedAtKnown: h.publishedAtKnown, amendment: h.amendment })),
    impact: publishedImpact(revision),
  };
}
