import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PreviewTabView } from "@/components/admin/notice-preview/preview-tab";
import { requireUser } from "@/lib/auth/session";
import { loadPreviewTab } from "@/lib/notices/preview/preview-tab";

export const metadata: Metadata = { title: "プレビュー" };

export default async function NoticePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const tab = await loadPreviewTab(user, (await params).id);
  if (!tab) notFound();
  return <PreviewTabView tab={tab} />;
}
