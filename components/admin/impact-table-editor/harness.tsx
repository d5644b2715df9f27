"use client";
import { useState } from "react";
import type { CatalogOptions } from "@/lib/notices/preview/catalog-options";
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { ImpactTableEditor } from "./impact-table-editor";

/** The editor with its own state, for the harness page (until the notice editor embeds it). */
export function ImpactTableEditorHarness({ initial, catalog }: { initial: ImpactTableBlock; catalog: CatalogOptions }) {
  const [table, setTable] = useState(initial);
  return (
    <form>
      <ImpactTableEditor name="impactTable" value={table} catalog={catalog} onChange={setTable} />
    </form>
  );
}
