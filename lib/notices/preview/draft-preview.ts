import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentUser } from "@/lib/auth/session";
import type { NoticeInput } from "@/lib/notices/page/view";
import { loadRevisionPreview } from "./load-revision-preview";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export interface DraftPreview {
  revisionId: string;
  input: NoticeInput;
}

const loadOnce = cache(async (slug: string, revisionId: string): Promise<DraftPreview | null> => {
  const input = await loadRevisionPreview(await currentUser(), slug, revisionId);
  return input && { revisionId, input };
});

/**
 * The unpublished revision a notice page shows instead of the published one, or null
 * (the normal page). Only in Next's draft mode, which the console turns on
 * (app/api/admin/preview/draft), and only for a valid staff session: the draft-mode
 * cookie alone shows nothing. Outside draft mode it reads neither the query nor the
 * cookies, so the page stays static and cached for every other visitor (ADR 0005).
 */
export async function draftPreview(slug: string, searchParams: SearchParams): Promise<DraftPreview | null> {
  if (!(await draftMode()).isEnabled) return null;
  const revision = (await searchParams).revision;
  if (typeof revision !== "string" || revision.length > 64) return null;
  return loadOnce(slug, revision);
}
