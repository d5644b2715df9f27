import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";
import { fromContent } from "./values";
import { entryName } from "@/lib/i18n/entry-name";

/** The revisions an editor works on: not yet published, not thrown away. */
export const draftStatuses = ["DRAFT", "REJECTED", "SUBMITTED", "APPROVED"] as const;

/**
 * A notice for the editor: its open draft (the newest unpublished revision) as form
 * values, or null when it has none (published and not being amended, or withdrawn).
 */
export async function loadEditorNotice(noticeId: string) {
  const notice = await db.notice.findFirst({ where: { id: noticeId, deletedAt: null }, select: { id: true, slug: true, kind: true, state: true } });
  if (!notice) return null;
  const draft = await db.revision.findFirst({
    where: { noticeId, status: { in: [...draftStatuses] } },
    orderBy: { createdAt: "desc" },
    include: revisionInclude,
  });
  if (!draft) return { notice, draft: null };
  return {
    notice,
    draft: { id: draft.id, version: draft.version, status: draft.status, basedOnId: draft.basedOnId, values: fromContent(revisionContent(draft)) },
  };
}

/**
 * What the editor's pickers offer: channels and contacts (catalog keys with their names,
 * in the console's language where the catalog has it, else the Japanese name).
 */
export async function editorCatalog(locale: Locale = "ja") {
  const [channels, contacts, screen] = await Promise.all([
    db.channel.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true, nameJa: true, nameEn: true } }),
    db.contact.findMany({ where: { archivedAt: null }, orderBy: { key: "asc" }, select: { key: true, organizationJa: true, departmentJa: true, organizationEn: true, departmentEn: true } }),
    db.screenDefaults.findFirst({ orderBy: { updatedAt: "desc" } }),
  ]);
  const both = (ja: string, en: string | null) => ({ ja, en: en ?? "" });
  return {
    channels: channels.map((c) => ({ key: c.key, label: entryName(c, locale) })),
    contacts: contacts.map((c) => ({
      key: c.key,
      label: locale === "en" && c.organizationEn ? `${c.organizationEn} ${c.departmentEn ?? ""}`.trim() : `${c.organizationJa} ${c.departmentJa}`,
    })),
    /** what the screen settings start from when the editor switches the screen on */
    screenDefaults: screen
      ? {
          errorCode: screen.errorCode,
          modalBehavior: "FULL_PAGE" as const,
          resendRequired: true,
          heading: both(screen.headingJa, screen.headingEn),
          message: both(screen.messageJa, screen.messageEn),
          periodLabel: both(screen.periodLabelJa, screen.periodLabelEn),
          periodStyle: screen.periodStyle,
          inlineMessage: both(screen.inlineMessageJa, screen.inlineMessageEn),
          contactLabel: both(screen.contactLabelJa, screen.contactLabelEn),
          contactLines: { ja: screen.contactLinesJa, en: screen.contactLinesEn },
          channelKeys: [] as string[],
        }
      : null,
  };
}
export type EditorCatalog = Awaited<ReturnType<typeof editorCatalog>>;
