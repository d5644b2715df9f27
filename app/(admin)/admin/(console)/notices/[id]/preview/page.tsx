import type { Metadata } from "next";
import { consoleLocale } from "@/lib/i18n/console/server";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { notFound } from "next/navigation";
import { PreviewTabView } from "@/components/admin/notice-preview/preview-tab";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewTab } from "@/lib/notices/preview/preview-tab";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workflowMessagesIn[await consoleLocale()].header.tabPreview };
}

export default async function NoticePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const tab = await loadPreviewTab(user, (await params).id);
  if (!tab) notFound();
  return <PreviewTabView tab={tab} />;
}
