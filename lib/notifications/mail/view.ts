// What a notice mail says, in the recipient's language: one view model that the HTML
// (components/mail/notice-mail.tsx) and the plain text (text.ts) both render, built
// from the notice page's own view (lib/notices/page/view.ts) so that a mail never says
// anything the page computes differently. Pure: no database, no clock.
import { stopSummary, type SummaryGroup } from "@/lib/affected/summary";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { isVisibleAmendment } from "@/lib/notices/derive";
import { contactLines, lineText } from "@/lib/notices/page/contact-lines";
import { buildNoticeView, pick, type LText, type NoticeInput } from "@/lib/notices/page/view";
import type { ContactSnapshot } from "@/lib/notices/content/snapshots";
import { mailMessages, type MailEvent } from "./messages";

export type MailRecipient = { kind: "merchant"; merchantName: string } | { kind: "subscriber"; unsubscribeUrl: string; manageUrl: string };

export interface NoticeMailInput {
  event: MailEvent;
  locale: Locale;
  notice: NoticeInput;
  /** the window a reminder, start or end message is about (its content key) */
  windowKey: string | null;
  recipient: MailRecipient;
  /** absolute URLs (lib/site-url) of the notice page in the recipient's language and of its calendar */
  links: { notice: string; ics: string };
  /** the contact of the footer when the revision froze none (the issuer's current one) */
  fallbackContact: ContactSnapshot | null;
  /** the sender's postal address (特定電子メール法), from configuration; null leaves the line out */
  postalAddress: string | null;
  /** when the mail is rendered: the notice view's status is as of then */
  at: Date;
}

export interface MailGroup {
  label: string;
  /** names joined as the page joins them, "(一部停止)" after a partly stopped one */
  names: string;
}

export interface MailFooter {
  /** after a label: "：" in Japanese, ": " in English */
  colon: string;
  heading: string;
  why: string;
  senderLabel: string;
  sender: string;
  postalAddressLabel: string;
  postalAddress: string | null;
  contactLabel: string;
  contact: string[];
  /** how to stop: a sentence (merchants) or links (subscribers) */
  stop: { text: string; url: string | null }[];
  noReply: string;
}

const groups = (list: SummaryGroup[], locale: Locale): MailGroup[] => {
  const t = messages[locale].notice;
  return list.map((g) => ({ label: t.stopKinds[g.kind], names: g.entries.map((e) => `${e.name}${e.partly ? ` ${t.partly}` : ""}`).join(t.listSeparator) }));
};

/** The footer every mail carries: who sends it, why the reader gets it and how to stop. */
export function mailFooter(
  locale: Locale,
  sender: { name: string; serviceName: string; postalAddress: string | null; contact: ContactSnapshot | null },
  recipient: MailRecipient | { kind: "requester" },
): MailFooter {
  const m = mailMessages[locale];
  return {
    colon: m.colon,
    heading: m.footerHeading,
    why:
      recipient.kind === "merchant"
        ? m.why.merchant(sender.serviceName, recipient.merchantName)
        : recipient.kind === "subscriber"
          ? m.why.subscriber(sender.serviceName)
          : m.subscriptionWhy(sender.serviceName),
    senderLabel: m.sender,
    sender: sender.name,
    postalAddressLabel: m.postalAddress,
    postalAddress: sender.postalAddress,
    contactLabel: m.contact,
    contact: sender.contact ? contactLines(sender.contact, locale).map(lineText) : [],
    stop:
      recipient.kind === "subscriber"
        ? [
            { text: m.stop.subscriber, url: recipient.unsubscribeUrl },
            { text: m.stop.manage, url: recipient.manageUrl },
          ]
        : recipient.kind === "merchant"
          ? [{ text: m.stop.merchant, url: null }]
          : [],
    noReply: m.noReply,
  };
}

export function buildMailView(input: NoticeMailInput) {
  const { locale, event } = input;
  const m = mailMessages[locale];
  const t = messages[locale].notice;
  const view = buildNoticeView(input.notice, locale, input.at);
  const window = input.windowKey === null ? null : view.windows.find((w) => w.key === input.windowKey);
  if (input.windowKey !== null && !window) throw new Error(`notice ${view.slug} revision ${view.number} has no window "${input.windowKey}"`);
  if (event !== "PUBLICATION" && !window) throw new Error(`a ${event} mail is about a window: windowKey is required`);

  // this revision's own amendment, first in a publication's mail (表記修正 notifies nobody)
  const own = input.notice.history.find((h) => h.number === view.number)?.amendment ?? null;
  const amendment =
    event === "PUBLICATION" && own && isVisibleAmendment(own)
      ? { heading: m.amendment(messages[locale].amendments[own.type]), summaryLabel: m.amendmentSummary, summary: pick({ ja: own.summaryJa, en: own.summaryEn ?? undefined }, locale), banner: view.banner }
      : null;

  const title: LText = view.title;
  const lead = event === "PUBLICATION" ? null : m.lead[event](window!.text);
  const subject = `${m.subjectTag[view.kind]}${m.eventTag[event]}${title.text}${view.titleSuffix ? ` ${view.titleSuffix}` : ""}`;
  const { stops, staysAvailable } = stopSummary(view.impact, locale);
  const issuer = view.issuer;
  const serviceName = locale === "en" && issuer.serviceNameEn ? issuer.serviceNameEn : issuer.serviceNameJa;
  return {
    locale,
    event,
    subject,
    serviceName,
    colon: m.colon,
    /** the first line a mail client previews */
    preview: lead ?? amendment?.heading ?? `${view.windows.find((w) => !w.cancelled)?.text ?? title.text}`,
    greeting: input.recipient.kind === "merchant" ? m.greeting.merchant(input.recipient.merchantName) : m.greeting.subscriber,
    lead,
    amendment,
    title,
    titleSuffix: view.titleSuffix,
    kind: { label: m.kind, text: view.kindLabel },
    windows: {
      label: m.windows,
      items: view.windows.map((w) => ({ text: `${w.text}${w.cancelled ? m.cancelled : ""}`, cancelled: w.cancelled, current: w.key === window?.key })),
    },
    stops: { label: t.stops, groups: groups(stops, locale), none: stops.length ? null : t.nothingStops },
    staysAvailable: { label: t.staysAvailable, groups: groups(staysAvailable, locale) },
    action: {
      label: t.merchantAction,
      level: view.merchantAction.level,
      levelText: t.actionLevel[view.merchantAction.level],
      condition: view.merchantAction.condition,
      text: view.merchantAction.text,
    },
    links: { label: m.links, items: [{ text: m.noticeLink, url: input.links.notice }, { text: m.icsLink, url: input.links.ics }] },
    footer: mailFooter(
      locale,
      { name: pick({ ja: issuer.nameJa, en: issuer.nameEn ?? undefined }, locale)!.text, serviceName, postalAddress: input.postalAddress, contact: view.contact ?? input.fallbackContact },
      input.recipient,
    ),
  };
}

export type MailView = ReturnType<typeof buildMailView>;
