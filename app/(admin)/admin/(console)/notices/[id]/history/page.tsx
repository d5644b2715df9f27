import type { Metadata } from "next";
import { consoleLocale } from "@/lib/i18n/console/server";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { notFound } from "next/navigation";
import { ConsoleHistoryView } from "@/components/admin/workflow/console-history";
import { requireUser } from "@/lib/auth/session";
import { loadConsoleHistory } from "@/lib/notices/workflow-view/history";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workflowMessagesIn[await consoleLocale()].history.heading };
}

export default async function NoticeHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const notice = await loadNoticeWorkflow((await params).id);
  if (!notice) notFound();
  return <ConsoleHistoryView history={await loadConsoleHistory(notice.id)} slug={notice.slug} published={notice.state === "PUBLISHED"} />;
}
