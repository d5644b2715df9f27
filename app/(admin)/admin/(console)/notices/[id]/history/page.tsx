import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsoleHistoryView } from "@/components/admin/workflow/console-history";
import { requireUser } from "@/lib/auth/session";
import { loadConsoleHistory } from "@/lib/notices/workflow-view/history";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";

export const metadata: Metadata = { title: "履歴" };

export default async function NoticeHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const notice = await loadNoticeWorkflow((await params).id);
  if (!notice) notFound();
  return <ConsoleHistoryView history={await loadConsoleHistory(notice.id)} slug={notice.slug} published={notice.state === "PUBLISHED"} />;
}
