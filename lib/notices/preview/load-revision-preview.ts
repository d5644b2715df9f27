import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { deriveAffected } from "@/lib/affected/derive-affected";
import { freezeNames } from "@/lib/affected/names";
import { loadAffectedCatalog } from "@/lib/affected/store";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import { revisionContent } from "@/lib/notices/content/read";
import type { RevisionContent } from "@/lib/notices/content/schema";
import { contactSnapshotOf, issuerSnapshotOf } from "@/lib/notices/content/snapshots";
import type { NoticeInput } from "@/lib/notices/page/view";
import { revisionInclude } from "@/lib/notices/published/queries";
import { withCatalogLabels } from "./impact-preview";

// The one way an unpublished revision reaches a public page: the notice page in draft
// mode (app/(public)/[locale]/notices/[slug]/page.tsx) asks this with the signed-in
// staff user, and without one gets nothing. What it returns is what publication would
// make of the revision today: the next revision number, today's contact, issuer and
// catalog names, the impact derived now (lib/affected), dated now.

/** The revisions a preview shows: those not yet public (a published one has its own page). */
export const previewableStatuses: RevisionStatus[] = ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED"];

const publishedHistory = {
  where: { status: { in: ["PUBLISHED", "SUPERSEDED"] } },
  orderBy: { number: "asc" },
  select: { number: true, publishedAt: true, publishedAtKnown: true, amendment: true },
} satisfies Prisma.Notice$revisionsArgs;

/** Impact tables labelled as publication freezes them (content/snapshots.ts). */
function labelled(content: RevisionContent, catalog: Awaited<ReturnType<typeof loadAffectedCatalog>>): RevisionContent {
  return {
    ...content,
    sections: content.sections.map((s) => ({ ...s, blocks: s.blocks.map((b) => (b.type === "IMPACT_TABLE" ? withCatalogLabels(b, catalog) : b)) })),
  };
}

/**
 * The revision `revisionId` of the notice at `slug` as its page would show it once
 * published; null without a staff user, for an unknown or deleted notice, a revision
 * of another notice, or one that is public or discarded already.
 */
export async function loadRevisionPreview(viewer: SessionUser | null, slug: string, revisionId: string): Promise<NoticeInput | null> {
  if (!viewer) return null;
  const revision = await db.revision.findFirst({
    where: { id: revisionId, status: { in: previewableStatuses }, notice: { slug, deletedAt: null } },
    include: { ...revisionInclude, contact: true, notice: { include: { issuer: true, revisions: publishedHistory } } },
  });
  if (!revision) return null;
  const { notice } = revision;
  const catalog = await loadAffectedCatalog(db);
  const content = labelled(revisionContent(revision), catalog);
  const result = deriveAffected(content, catalog);
  const at = now();
  const history = notice.revisions.map((h) => ({ number: h.number!, publishedAt: h.publishedAt!, publishedAtKnown: h.publishedAtKnown, amendment: h.amendment }));
  const number = (history.at(-1)?.number ?? 0) + 1;
  const amendment = revision.amendment && {
    type: revision.amendment.type,
    summaryJa: revision.amendment.summaryJa,
    summaryEn: revision.amendment.summaryEn,
    sectionKeys: revision.amendment.sectionKeys,
    windowKeys: revision.amendment.windowKeys,
  };
  return {
    slug: notice.slug,
    kind: notice.kind,
    number,
    publishedAt: at,
    publishedAtKnown: true,
    content,
    contact: revision.contact && contactSnapshotOf(revision.contact),
    issuer: issuerSnapshotOf(notice.issuer),
    history: [...history, { number, publishedAt: at, publishedAtKnown: true, amendment }],
    impact: { result, names: freezeNames(catalog, result) },
  };
}
