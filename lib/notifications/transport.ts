import "server-only";
import { db } from "@/lib/db";

// TEMPORARY (branch `mail`): the subscription pages call deliverMail, which the
// `delivery` branch provides (SMTP or the development catch-all). Until that branch
// is merged, this file has the contract's signature and the catch-all only: the raw
// message goes into CaughtMail. When merging, take the `delivery` branch's file.

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  headers?: Record<string, string>;
}

export type DeliveryOutcome = { ok: true; response: string } | { ok: false; permanent: boolean; response: string };

/** Writes the message (text part, 8bit UTF-8) into the development catch-all. */
export async function deliverMail(mail: OutgoingMail): Promise<DeliveryOutcome> {
  const headers = { To: mail.to, Subject: mail.subject, "Message-ID": `<${mail.messageId}@localhost>`, ...mail.headers, "Content-Type": "text/plain; charset=utf-8" };
  const raw = `${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n")}\n\n${mail.text}`;
  await db.caughtMail.create({ data: { messageId: mail.messageId, recipients: [mail.to], subject: mail.subject, raw } });
  return { ok: true, response: "caught (temporary catch-all of the mail branch)" };
}
