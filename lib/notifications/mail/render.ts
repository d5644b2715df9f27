import "server-only";
import { createElement } from "react";
import { NoticeMail } from "@/components/mail/notice-mail";
import { renderInlineStyledMarkup } from "@/components/screens/static-markup";
import { now } from "@/lib/clock";
import { siteIssuer } from "@/lib/brand/site-issuer";
import { db } from "@/lib/db";
import { localePath } from "@/lib/i18n/locale";
import type { ContactSnapshot } from "@/lib/notices/content/snapshots";
import { loadNotice } from "@/lib/notices/published/load-notice";
import { siteUrl } from "@/lib/site-url";
import { mailSenderAddress, unsubscribeHeaders } from "./sender";
import { noticeMailText } from "./text";
import { buildMailView, type MailRecipient } from "./view";

// A notice mail (issue 11; the interface is fixed in the team's contracts): the
// published revision as the notice page loads it (lib/notices/published), rendered
// as HTML and plain text from one view model (view.ts).

export interface NoticeMailRequest {
  event: "PUBLICATION" | "REMINDER" | "WINDOW_START" | "WINDOW_END";
  locale: "ja" | "en";
  /** a PUBLISHED (or superseded) revision: what was public when the message became due */
  revisionId: string;
  /** REMINDER / WINDOW_START / WINDOW_END */
  windowId: string | null;
  recipient: MailRecipient;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) for subscribers */
  headers: Record<string, string>;
}

/** The current contact of the footer for a revision that froze none: the first one not archived. */
async function currentContact(): Promise<ContactSnapshot | null> {
  return db.contact.findFirst({ where: { archivedAt: null }, orderBy: { key: "asc" } });
}

export async function renderNoticeMail(request: NoticeMailRequest): Promise<RenderedMail> {
  const revision = await db.revision.findUnique({
    where: { id: request.revisionId },
    select: { number: true, status: true, notice: { select: { slug: true, issuer: { select: { postalAddressJa: true, postalAddressEn: true } } } } },
  });
  if (!revision || revision.number === null || (revision.status !== "PUBLISHED" && revision.status !== "SUPERSEDED"))
    throw new Error(`renderNoticeMail: revision ${request.revisionId} is not a published revision`);
  const notice = await loadNotice(revision.notice.slug, revision.number);
  if (!notice) throw new Error(`renderNoticeMail: notice ${revision.notice.slug} is not public (withdrawn or deleted)`);
  // a window row belongs to one revision; its key names the same window in every revision
  const window = request.windowId ? await db.maintenanceWindow.findUnique({ where: { id: request.windowId }, select: { key: true } }) : null;
  if (request.windowId && !window) throw new Error(`renderNoticeMail: no window ${request.windowId}`);
  const path = `/notices/${notice.slug}`;
  const view = buildMailView({
    event: request.event,
    locale: request.locale,
    notice,
    windowKey: window?.key ?? null,
    recipient: request.recipient,
    links: { notice: siteUrl(localePath(request.locale, path)), ics: siteUrl(localePath(request.locale, `${path}/calendar.ics`)) },
    fallbackContact: notice.contact ? null : await currentContact(),
    postalAddress: mailSenderAddress(revision.notice.issuer ?? (await siteIssuer()), request.locale),
    at: now(),
  });
  return {
    subject: view.subject,
    html: `<!DOCTYPE html>${renderInlineStyledMarkup(createElement(NoticeMail, { view }))}`,
    text: noticeMailText(view),
    headers: request.recipient.kind === "subscriber" ? unsubscribeHeaders(request.recipient.unsubscribeUrl) : {},
  };
}
