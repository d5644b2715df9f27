import type { Metadata } from "next";
import { NewNoticeForm } from "@/components/admin/editor/new-notice-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { editorLabels as t } from "@/lib/notices/editor/messages";
import { createNoticeAction } from "./actions";

export const metadata: Metadata = { title: t.newTitle };

export default async function NewNoticePage() {
  await requireUserWithRole("EDITOR");
  return (
    <>
      <h1>{t.newTitle}</h1>
      <NewNoticeForm action={createNoticeAction} />
    </>
  );
}
