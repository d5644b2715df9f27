import type { Metadata } from "next";
import { NewNoticeForm } from "@/components/admin/editor/new-notice-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { createNoticeAction } from "./actions";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: editorLabelsIn[await consoleLocale()].newTitle };
}

export default async function NewNoticePage() {
  const locale = await consoleLocale();
  const t = editorLabelsIn[locale];
  await requireUserWithRole("EDITOR");
  return (
    <>
      <h1>{t.newTitle}</h1>
      <NewNoticeForm action={createNoticeAction} />
    </>
  );
}
