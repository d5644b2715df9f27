import type { Metadata } from "next";
import { SuppressionTable } from "@/components/admin/notifications/suppression-table";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { activeSuppressions } from "@/lib/notifications/send-log/suppressions";
import { clearSuppressionAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: sendLogMessagesIn[await consoleLocale()].suppressions.title };
}

export default async function SuppressionsPage() {
  const m = sendLogMessagesIn[await consoleLocale()].suppressions;
  forbiddenUnlessAny(await requireUser(), ["ADMIN"]);
  const rows = await activeSuppressions();
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <p role="status">{m.count(rows.length)}</p>
      {rows.length ? <SuppressionTable rows={rows} action={clearSuppressionAction} /> : <p>{m.none}</p>}
    </>
  );
}
