import "server-only";
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { readBrand } from "@/lib/brand/site-brand";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";
import { classifySmtpError, mailTransportConfig, type MailTransportKind } from "./transport-config";

export { mailTransportConfig, type MailTransportKind } from "./transport-config";

// How a mail leaves (issue 11): SMTP when SMTP_URL is set (smtp://user:pass@host:587,
// smtps://… for implicit TLS), else, outside production, development's catch-all: the
// raw message goes into CaughtMail, which the console shows. The From is configuration
// (MAIL_FROM) or the issuer's name at the site's host, never the caller's: a template
// cannot send as someone else.

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** the stable id (SendLog.messageId); the header is <messageId@host of the site> */
  messageId: string;
  headers?: Record<string, string>;
}

export type DeliveryOutcome = { ok: true; response: string } | { ok: false; permanent: boolean; response: string };

/** The host part of every Message-ID: the public site's, so receivers can tell our ids from others'. */
export function messageIdHost(): string {
  return new URL(siteUrl("/")).hostname;
}

/** The RFC 5322 Message-ID of a SendLog row's message. */
export const messageIdHeader = (messageId: string) => `<${messageId}@${messageIdHost()}>`;

type From = string | { name: string; address: string };
let from: Promise<From> | null = null;
/** MAIL_FROM (e.g. "ヤマト運輸" <notices@example.jp>), else the issuer's name at no-reply@<host of the site>. Read once per process. */
export function mailFrom(): Promise<From> {
  from ??= (async () => {
    const configured = process.env.MAIL_FROM?.trim();
    if (configured) return configured;
    const brand = await readBrand();
    // nodemailer encodes the Japanese name (RFC 2047)
    return { name: brand.issuerName.ja, address: `no-reply@${messageIdHost()}` };
  })().catch((error) => {
    from = null;
    throw error;
  });
  return from;
}

let transporter: { key: string; transport: Transporter } | null = null;
function transportFor(config: MailTransportKind): Transporter {
  const key = config.kind === "smtp" ? config.url : "catch-all";
  if (transporter?.key !== key) {
    transporter?.transport.close();
    transporter = {
      key,
      // the catch-all keeps the raw message nodemailer would have sent (streamTransport with a buffer)
      transport: config.kind === "smtp" ? nodemailer.createTransport(config.url) : nodemailer.createTransport({ streamTransport: true, buffer: true }),
    };
  }
  return transporter.transport;
}

/** Closes the SMTP connection (worker shutdown, tests). */
export function closeMailTransport(): void {
  transporter?.transport.close();
  transporter = null;
}

/** Sends one mail: SMTP per SMTP_URL, else the development catch-all (CaughtMail). Never throws for a delivery failure. */
export async function deliverMail(mail: OutgoingMail): Promise<DeliveryOutcome> {
  const config = mailTransportConfig();
  const message = {
    from: await mailFrom(),
    to: mail.to,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    messageId: messageIdHeader(mail.messageId),
    headers: mail.headers ?? {},
  };
  try {
    const info = await transportFor(config).sendMail(message);
    if (config.kind === "catch-all") {
      const raw = Buffer.isBuffer(info.message) ? info.message.toString("utf8") : String(info.message);
      await db.caughtMail.create({ data: { messageId: message.messageId, recipients: [mail.to], subject: mail.subject, raw } });
      return { ok: true, response: "caught (development catch-all: no SMTP_URL)" };
    }
    // a server that accepted some recipients and not ours still "succeeds"; we send one recipient per mail
    if (info.rejected?.length) return { ok: false, permanent: true, response: String(info.response ?? "recipient rejected") };
    return { ok: true, response: String(info.response ?? "accepted") };
  } catch (error) {
    return { ok: false, ...classifySmtpError(error) };
  }
}
