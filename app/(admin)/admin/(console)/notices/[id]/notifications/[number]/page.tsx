import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/admin/notifications/evidence-list";
import { SendLogPagination } from "@/components/admin/notifications/send-log-pagination";
import { SendLogTable } from "@/components/admin/notifications/send-log-table";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { noticeEvidence } from "@/lib/notifications/send-log/evidence";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { sendLogQuerySchema } from "@/lib/notifications/send-log/query";
import { readSendLogPage } from "@/lib/notifications/send-log/read";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: sendLogMessagesIn[await consoleLocale()].evidence.heading };
}

// One revision's evidence and its rows (the send log filtered to it, paged the same way).
export default async function RevisionEvidencePage({ params, searchParams }: { params: Promise<{ id: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const m = sendLogMessagesIn[await consoleLocale()];
  forbiddenUnlessAny(await requireUser(), ["APPROVER", "ADMIN"]);
  const { id, number } = await params;
  if (!/^\d{1,6}$/.test(number)) notFound();
  const notice = await loadNoticeWorkflow(id);
  if (!notice) notFound();
  const revisions = await noticeEvidence(notice.id, Number(number));
  if (!revisions.length) notFound();
  const { after, before } = await searchParams;
  const filters = { notice: notice.slug, revision: number };
  const parsed = sendLogQuerySchema.safeParse({ ...filters, after: typeof after === "string" ? after : undefined, before: typeof before === "string" ? before : undefined });
  if (!parsed.success) notFound();
  const result = await readSendLogPage(parsed.data);
  if ("error" in result) notFound();
  const query = new URLSearchParams(filters);
  return (
    <>
      <h2 className="admin-tab-heading">{m.evidence.revisionHeading(Number(number))}</h2>
      <EvidenceList noticeId={notice.id} revisions={revisions} linkRows={false} />
      <p role="status">
        {m.total(result.total)} <Link href={`/admin/notifications?${query}`}>{m.title}</Link> ・ <a href={`/admin/notifications/export.csv?${query}`}>{m.export}</a>
      </p>
      {result.rows.length ? <SendLogTable rows={result.rows} caption={m.evidence.revisionHeading(Number(number))} /> : null}
      <SendLogPagination base={`/admin/notices/${notice.id}/notifications/${number}`} filters={{}} next={result.next} previous={result.previous} />
    </>
  );
}
