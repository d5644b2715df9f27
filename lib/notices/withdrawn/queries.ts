import "server-only";
import { db } from "@/lib/db";

// Reads of withdrawn notices: what their public address says instead of the
// notice (docs/decisions/0012-withdrawn-notices.md). Nothing else of a withdrawn
// notice is public: not its text, history or revisions.

const withdrawn = { state: "WITHDRAWN", deletedAt: null } as const;

export interface WithdrawnNotice {
  slug: string;
  /** the title of the revision that was public when it was withdrawn */
  title: { ja: string; en: string | null };
  withdrawnAt: Date;
  reason: string;
}

/** The withdrawn notice at `slug`, or null when there is none (published, never published, deleted, unknown). */
export async function getWithdrawnNotice(slug: string): Promise<WithdrawnNotice | null> {
  const notice = await db.notice.findFirst({
    where: { slug, ...withdrawn },
    select: {
      slug: true,
      withdrawnAt: true,
      withdrawnReason: true,
      revisions: { where: { status: "PUBLISHED" }, select: { titleJa: true, titleEn: true } },
    },
  });
  const revision = notice?.revisions[0];
  if (!notice || !revision || !notice.withdrawnAt) return null;
  return { slug: notice.slug, title: { ja: revision.titleJa, en: revision.titleEn }, withdrawnAt: notice.withdrawnAt, reason: notice.withdrawnReason ?? "" };
}

/** The slugs of every withdrawn notice (few: a withdrawal is rare and final). */
export async function listWithdrawnSlugs(): Promise<string[]> {
  const rows = await db.notice.findMany({ where: withdrawn, select: { slug: true } });
  return rows.map((r) => r.slug);
}
