import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { buildNoticeView } from "@/lib/notices/page/view";
import { loadRevisionPreview, previewableStatuses } from "./load-revision-preview";
import { describeMissingEnglish } from "./missing-english";

/**
 * What the console's preview tab of a notice shows: its latest unpublished revision
 * (draft, amendment, in review …), the English still missing from it and its screens
 * as they will look; null for an unknown or deleted notice.
 */
export async function loadPreviewTab(viewer: SessionUser, noticeId: string) {
  const notice = await db.notice.findFirst({
    where: { id: noticeId, deletedAt: null },
    select: {
      id: true,
      slug: true,
      kind: true,
      state: true,
      revisions: { where: { status: { in: previewableStatuses } }, orderBy: { updatedAt: "desc" }, take: 1, select: { id: true, status: true, titleJa: true } },
    },
  });
  if (!notice) return null;
  const revision = notice.revisions[0];
  const input = revision ? await loadRevisionPreview(viewer, notice.slug, revision.id) : null;
  if (!revision || !input) return { notice, revision: null };
  const at = now();
  const views = { ja: buildNoticeView(input, "ja", at), en: buildNoticeView(input, "en", at) };
  return {
    notice,
    revision: { id: revision.id, status: revision.status, title: revision.titleJa, number: input.number },
    // in the viewer's console language
    missingEnglish: describeMissingEnglish(input.content, viewer.locale),
    screens: views.ja.screen && { ja: views.ja.screen, en: views.en.screen!, issuer: input.issuer },
  };
}

export type PreviewTab = NonNullable<Awaited<ReturnType<typeof loadPreviewTab>>>;
