import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/locale";
import { previewableStatuses } from "./load-revision-preview";

/** `?revision=<id>&locale=ja|en` of the route that turns draft mode on. */
export const draftTargetQuery = z.object({
  revision: z.string().regex(/^[a-z0-9]{1,64}$/, "版の ID が正しくありません"),
  locale: z.enum(["ja", "en"]).default("ja"),
});

/** The public address that shows the unpublished revision in draft mode; null when there is none to preview. */
export async function draftTarget(revisionId: string, locale: "ja" | "en"): Promise<string | null> {
  const revision = await db.revision.findFirst({
    where: { id: revisionId, status: { in: previewableStatuses }, notice: { deletedAt: null } },
    select: { notice: { select: { slug: true } } },
  });
  if (!revision) return null;
  return `${localePath(locale, `/notices/${revision.notice.slug}`)}?revision=${encodeURIComponent(revisionId)}`;
}
