import "server-only";
import { AffectedInputError } from "@/lib/affected/derive-affected";
import type { SessionUser } from "@/lib/auth/session";
import { diffRevisions, type RevisionDiff } from "@/lib/notices/history/diff/revision";
import { loadHistory } from "@/lib/notices/history/load-history";
import { loadRevisionPreview } from "@/lib/notices/preview/load-revision-preview";
import type { NoticeWorkflow } from "./load-notice";

/**
 * What an amendment draft would change on the public page: the published revision
 * against the draft as publication would make it (today's contact, issuer and catalog
 * names: lib/notices/preview), through the public history's diff, in Japanese.
 * Null when the notice has no amendment draft.
 */
export async function amendmentDiff(viewer: SessionUser, notice: NoticeWorkflow): Promise<RevisionDiff | null> {
  if (!notice.working?.basedOnId || !notice.published || notice.state !== "PUBLISHED") return null;
  const [history, draft] = await Promise.all([
    loadHistory(notice.slug),
    // a draft naming a catalog entry that no longer exists cannot be previewed; the editor shows why
    loadRevisionPreview(viewer, notice.slug, notice.working.id).catch((error) => {
      if (error instanceof AffectedInputError) return null;
      throw error;
    }),
  ]);
  const published = history?.revisions.at(-1);
  if (!published || !draft) return null;
  return diffRevisions(published, draft, "ja");
}
