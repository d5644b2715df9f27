import type { AmendmentType } from "@/lib/generated/prisma/enums";

/**
 * Why a publication tells nobody, or null when it notifies (Decisions 4 and 8): a
 * backfilled historical notice and a 表記修正 (EDITORIAL) amendment. The send log's
 * SKIPPED row and the "who will be told" preview both say this reason.
 * (publishRevision, lib/notices/commands/publish.ts, decides the same inline today:
 * it should call this.)
 */
export function silentReason(publication: { backfill: boolean; amendmentType: AmendmentType | null | undefined }): "backfill" | "editorial" | null {
  if (publication.backfill) return "backfill";
  if (publication.amendmentType === "EDITORIAL") return "editorial";
  return null;
}
