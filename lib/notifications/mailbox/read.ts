import "server-only";
import { simpleParser } from "mailparser";
import { db } from "@/lib/db";

// The development mailbox (issue 11): the mails the delivery caught instead of sending
// (CaughtMail, the raw RFC 5322 message). Parsed with mailparser, as a mail client
// would: headers decoded, the text and HTML parts apart.

export const MAILBOX_PAGE_SIZE = 50;

/** A page of caught mails, newest first; `before` is the id of the last mail of the previous page. */
export async function caughtMails(before?: string) {
  const anchor = before ? await db.caughtMail.findUnique({ where: { id: before }, select: { id: true, createdAt: true } }) : null;
  const rows = await db.caughtMail.findMany({
    where: anchor ? { OR: [{ createdAt: { lt: anchor.createdAt } }, { createdAt: anchor.createdAt, id: { lt: anchor.id } }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAILBOX_PAGE_SIZE + 1,
    select: { id: true, createdAt: true, recipients: true, subject: true },
  });
  const more = rows.length > MAILBOX_PAGE_SIZE;
  const mails = rows.slice(0, MAILBOX_PAGE_SIZE);
  return { mails, next: more ? (mails.at(-1)?.id ?? null) : null, total: await db.caughtMail.count() };
}

export interface CaughtMailView {
  id: string;
  createdAt: Date;
  recipients: string[];
  subject: string;
  /** the headers worth reading, decoded, in the order a mail client shows them */
  headers: { from: string; to: string; subject: string; date: string; messageId: string; listUnsubscribe: string; listUnsubscribePost: string };
  text: string | null;
  html: string | null;
}

const addressText = (value: unknown) => (Array.isArray(value) ? value.map((a: { text?: string }) => a.text ?? "").join(", ") : ((value as { text?: string } | undefined)?.text ?? ""));

/** One caught mail, parsed; null for an unknown id. */
export async function caughtMail(id: string): Promise<CaughtMailView | null> {
  const row = await db.caughtMail.findUnique({ where: { id } });
  if (!row) return null;
  const parsed = await simpleParser(row.raw, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const header = (name: string) => {
    const value = parsed.headers.get(name);
    return typeof value === "string" ? value : value instanceof Date ? value.toISOString() : "";
  };
  const listUnsubscribe = parsed.headers.get("list-unsubscribe");
  return {
    id: row.id,
    createdAt: row.createdAt,
    recipients: row.recipients,
    subject: parsed.subject ?? row.subject,
    headers: {
      from: addressText(parsed.from),
      to: addressText(parsed.to),
      subject: parsed.subject ?? "",
      date: parsed.date ? parsed.date.toISOString() : "",
      messageId: parsed.messageId ?? row.messageId,
      // mailparser reads List-* into an object; the raw line is what a receiver acts on
      listUnsubscribe: rawHeader(row.raw, "List-Unsubscribe") ?? (typeof listUnsubscribe === "string" ? listUnsubscribe : ""),
      listUnsubscribePost: rawHeader(row.raw, "List-Unsubscribe-Post") ?? header("list-unsubscribe-post"),
    },
    text: parsed.text ?? null,
    html: typeof parsed.html === "string" ? parsed.html : null,
  };
}

/** A header's value as written in the message's header block (folded lines joined). */
function rawHeader(raw: string, name: string): string | null {
  const end = raw.search(/\r?\n\r?\n/);
  const block = (end === -1 ? raw : raw.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const line = block.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
