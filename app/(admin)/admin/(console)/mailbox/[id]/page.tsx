import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaughtMailView } from "@/components/admin/mailbox/caught-mail-view";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { mailboxAvailable } from "@/lib/notifications/mailbox/availability";
import { mailboxMessagesIn } from "@/lib/notifications/mailbox/messages";
import { caughtMail } from "@/lib/notifications/mailbox/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: mailboxMessagesIn[await consoleLocale()].title };
}

export default async function CaughtMailPage({ params }: { params: Promise<{ id: string }> }) {
  const m = mailboxMessagesIn[await consoleLocale()];
  forbiddenUnlessAny(await requireUser(), ["ADMIN"]);
  if (!mailboxAvailable()) notFound();
  const { id } = await params;
  const mail = /^[a-z0-9]{1,64}$/.test(id) ? await caughtMail(id) : null;
  if (!mail) notFound();
  return (
    <>
      <p>
        <Link href="/admin/mailbox">{m.back}</Link>
      </p>
      <h1>{mail.subject}</h1>
      <CaughtMailView mail={mail} />
    </>
  );
}
