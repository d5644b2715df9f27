import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvidenceList } from "@/components/admin/notifications/evidence-list";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { noticeEvidence } from "@/lib/notifications/send-log/evidence";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: sendLogMessagesIn[await consoleLocale()].evidence.heading };
}

// A notice's send log tab: for each published revision, who was told (approvers and admins).
export default async function NoticeEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const m = sendLogMessagesIn[await consoleLocale()];
  forbiddenUnlessAny(await requireUser(), ["APPROVER", "ADMIN"]);
  const notice = await loadNoticeWorkflow((await params).id);
  if (!notice) notFound();
  const revisions = await noticeEvidence(notice.id);
  return (
    <>
      <h2 className="admin-tab-heading">{m.evidence.heading}</h2>
      <p>
        {m.evidence.intro} <a href={`/admin/notifications/export.csv?${new URLSearchParams({ notice: notice.slug })}`}>{m.export}</a>
      </p>
      {revisions.length ? <EvidenceList noticeId={notice.id} revisions={revisions} /> : <p>{m.evidence.noRecords}</p>}
    </>
  );
}
