import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoticeEditor } from "@/components/admin/editor/notice-editor";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { listAttachments } from "@/lib/notices/attachments/store";
import { editorCatalog, loadEditorNotice } from "@/lib/notices/editor/load";
import { loadCatalogOptions } from "@/lib/notices/preview/load-catalog-options";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: editorLabelsIn[await consoleLocale()].editorTitle };
}

// The editing tab of a notice: its open draft in the editor. Everyone signed in may
// look; only editors get the form (the save route checks again).
export default async function NoticeEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await consoleLocale();
  const t = editorLabelsIn[locale];
  const user = await requireUser();
  const { id } = await params;
  const loaded = await loadEditorNotice(id);
  if (!loaded) notFound();
  const { notice, draft } = loaded;
  return (
    <>
      {/* the notice's title is the layout's h1 (components/admin/workflow/notice-header.tsx) */}
      <h2 className="admin-tab-heading">{t.editorTitle}</h2>
      {!draft ? (
        <p>{t.noDraft}</p>
      ) : !user.roles.includes("EDITOR") ? (
        <p>{t.editorsOnly}</p>
      ) : (
        <NoticeEditor
          noticeId={notice.id}
          saveUrl={`/admin/notices/${notice.id}/draft`}
          uploadUrl={`/admin/notices/${notice.id}/attachments`}
          attachments={await listAttachments(notice.id)}
          revisionId={draft.id}
          version={draft.version}
          initial={{ slug: notice.slug, kind: notice.kind, content: draft.values }}
          catalog={await editorCatalog(await consoleLocale())}
          identityFixed={notice.state !== "DRAFT"}
          now={now().getTime()}
          impactCatalog={await loadCatalogOptions()}
        />
      )}
    </>
  );
}
