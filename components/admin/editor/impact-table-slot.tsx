"use client";
import type { BlockContent } from "@/lib/notices/content/schema";
import { editorLabels as t } from "@/lib/notices/editor/messages";

type ImpactTable = Extract<BlockContent, { type: "IMPACT_TABLE" }>;

// PLACE FOR console-preview's ImpactTableEditor (components/admin/impact-table-editor/,
// props { name, value, catalog, onChange }). Until that branch is merged the table is
// kept as it is (saved unchanged) and summarised here.
export function ImpactTableSlot({ block }: { block: ImpactTable; onChange: (block: BlockContent) => void }) {
  return (
    <div className="admin-placeholder">
      <p>{t.impactTableSummary(block.columns.length, block.rows.length)}</p>
      <p className="admin-hint">{t.impactTablePending}</p>
    </div>
  );
}
