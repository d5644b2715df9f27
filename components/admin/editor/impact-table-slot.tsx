"use client";
import { useContext } from "react";
import { ImpactTableEditor } from "@/components/admin/impact-table-editor/impact-table-editor";
import type { BlockContent } from "@/lib/notices/content/schema";
import { DraftFactsContext } from "./editor-context";

type ImpactTable = Extract<BlockContent, { type: "IMPACT_TABLE" }>;

/** An impact-table block: console-preview's editor, with the draft's windows and screen for its "what stops" preview. */
export function ImpactTableSlot({ path, block, onChange }: { path: string; block: ImpactTable; onChange: (block: BlockContent) => void }) {
  const facts = useContext(DraftFactsContext)!;
  return (
    <ImpactTableEditor
      name={path}
      value={block}
      catalog={facts.impactCatalog}
      onChange={onChange}
      windows={facts.windows}
      screenChannelKeys={facts.screenChannelKeys}
      errorCode={facts.errorCode}
      headingLevel={3}
    />
  );
}
