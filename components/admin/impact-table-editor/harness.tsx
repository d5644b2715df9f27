"use client";
import { useState } from "react";
import { MarkdownPreview } from "@/components/admin/markdown-preview";
import type { CatalogOptions } from "@/lib/notices/preview/catalog-options";
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { ImpactTableEditor } from "./impact-table-editor";

/** The editors with their own state, for the harness page (until the notice editor embeds them). */
export function ImpactTableEditorHarness({ initial, catalog }: { initial: ImpactTableBlock; catalog: CatalogOptions }) {
  const [table, setTable] = useState(initial);
  const [text, setText] = useState("");
  return (
    <form>
      <ImpactTableEditor name="impactTable" value={table} catalog={catalog} onChange={setTable} />
      <h2>本文（Markdown）</h2>
      <div className="admin-impact-editor">
        <div className="admin-field">
          <label htmlFor="harness-markdown">本文</label>
          <textarea id="harness-markdown" name="body" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <MarkdownPreview label="本文のプレビュー" text={text} />
      </div>
    </form>
  );
}
