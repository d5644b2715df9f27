import "server-only";
import { createElement } from "react";
import { LinkMail } from "@/components/mail/link-mail";
import { renderInlineStyledMarkup } from "@/components/screens/static-markup";
import { siteIssuer } from "@/lib/brand/site-issuer";
import type { Db, Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";
import { mailMessages } from "@/lib/notifications/mail/messages";
import { mailSenderAddress } from "@/lib/notifications/mail/sender";
import { footerText } from "@/lib/notifications/mail/text";
import { mailFooter, type MailFooter } from "@/lib/notifications/mail/view";

// The confirmation mail of the double opt-in, and the one an address that is already
// subscribed gets instead (the form's answer is the same for both: it must not tell
// whether an address is subscribed). Sender, contact and footer as in the notice mails.

export interface LinkMailView {
  locale: Locale;
  subject: string;
  serviceName: string;
  lead: string;
  action: string;
  button: string;
  url: string;
  ignore: string;
  footer: MailFooter;
}

type Client = Db | Tx;

/** The issuer and contact of today's records (a subscription is about no notice, so nothing is frozen). */
async function currentSender(client: Client, locale: Locale) {
  const issuer = await siteIssuer(client);
  const contact = await client.contact.findFirst({ where: { archivedAt: null }, orderBy: { key: "asc" } });
  const en = locale === "en";
  return {
    name: (en && issuer.nameEn) || issuer.nameJa,
    serviceName: (en && issuer.serviceNameEn) || issuer.serviceNameJa,
    postalAddress: mailSenderAddress(issuer, locale),
    contact,
  };
}

export async function linkMail(client: Client, kind: "confirm" | "already", locale: Locale, url: string) {
  const m = mailMessages[locale];
  const t = m[kind];
  const sender = await currentSender(client, locale);
  const view: LinkMailView = {
    locale,
    subject: t.subject(sender.serviceName),
    serviceName: sender.serviceName,
    lead: t.lead(sender.serviceName),
    action: t.action,
    button: t.button,
    url,
    ignore: t.ignore,
    footer: mailFooter(locale, sender, { kind: "requester" }),
  };
  const text = [view.lead, "", view.action, view.url, "", view.ignore, "", ...footerText(view.footer)].join("\n");
  return { subject: view.subject, html: `<!DOCTYPE html>${renderInlineStyledMarkup(createElement(LinkMail, { view }))}`, text: `${text}\n` };
}
