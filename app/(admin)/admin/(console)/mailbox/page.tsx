import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/admin-table";
import { consoleTime } from "@/components/admin/notifications/send-log-table";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { mailboxAvailable } from "@/lib/notifications/mailbox/availability";
import { mailboxMessagesIn } from "@/lib/notifications/mailbox/messages";
import { caughtMails } from "@/lib/notifications/mailbox/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: mailboxMessagesIn[await consoleLocale()].title };
}

const id = /^[a-z0-9]{1,64}$/;

export default async function MailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await consoleLocale();
  const m = mailboxMessagesIn[locale];
  forbiddenUnlessAny(await requireUser(), ["ADMIN"]);
  if (!mailboxAvailable()) notFound();
  const before = (await searchParams).before;
  if (before !== undefined && (typeof before !== "string" || !id.test(before))) notFound();
  const { mails, next, total } = await caughtMails(before);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <p role="status">{m.count(total)}</p>
      {mails.length ? (
        <AdminTable
          rows={mails}
          caption={m.caption}
          columns={[
            { header: m.columns.received, cell: (mail) => <time dateTime={mail.createdAt.toISOString()}>{consoleTime(mail.createdAt, locale)}</time> },
            { header: m.columns.subject, rowHeader: true, cell: (mail) => <Link href={`/admin/mailbox/${mail.id}`}>{mail.subject}</Link> },
            { header: m.columns.to, cell: (mail) => mail.recipients.join(", ") },
          ]}
        />
      ) : (
        <p>{m.none}</p>
      )}
      <nav aria-label={m.caption} className="admin-pagination">
        {before ? <Link href="/admin/mailbox">{m.newest}</Link> : null}
        {next ? <Link href={`/admin/mailbox?before=${next}`}>{m.more}</Link> : null}
      </nav>
    </>
  );
}
