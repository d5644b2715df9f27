import type { Metadata } from "next";
import { ImpactTableEditorHarness } from "@/components/admin/impact-table-editor/harness";
import { requireUser } from "@/lib/auth/session";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { loadCatalogOptions } from "@/lib/notices/preview/load-catalog-options";
import { starterImpactTable } from "@/components/admin/impact-table-editor/table-edits";

export const metadata: Metadata = { title: "影響範囲の表（試用）" };

// A harness for the impact-table editor until the notice editor (issue 9) embeds it:
// nothing here is saved. Remove it once /admin/notices/{id} carries the editor.
export default async function ImpactTableHarnessPage() {
  forbiddenUnlessAny(await requireUser(), ["EDITOR", "APPROVER"]);
  return (
    <>
      <h1>影響範囲の表（試用）</h1>
      <p>ここでの編集は保存されません。</p>
      <ImpactTableEditorHarness initial={starterImpactTable()} catalog={await loadCatalogOptions()} />
    </>
  );
}
