// What the impact-table editor's preview shows, computed as a publication would:
// the cells' catalog names filled in where the editor gave no display label (as
// content/snapshots.ts freezes them), and the impact derived by lib/affected from the
// table (plus the windows and screen channels of the draft, when given) and the
// catalog of today. Pure: the server action only loads the catalog.
import { deriveAffected, type AffectedContent } from "@/lib/affected/derive-affected";
import { freezeNames } from "@/lib/affected/names";
import type { AffectedCatalog, RevisionImpact } from "@/lib/affected/types";
import type { BlockContent } from "@/lib/notices/content/schema";

export type ImpactTableBlock = Extract<BlockContent, { type: "IMPACT_TABLE" }>;

type Named = { nameJa: string; nameEn: string | null };

/**
 * The label a catalog cell shows when the notice words nothing itself: the entries'
 * names, one a line; English only when every entry has an English name.
 */
export function catalogCellLabel(names: Named[], givenEn?: string | null): { ja: string; en?: string } {
  const en = givenEn ?? (names.every((n) => n.nameEn) ? names.map((n) => n.nameEn).join("\n") : null);
  const ja = names.map((n) => n.nameJa).join("\n");
  return en ? { ja, en } : { ja };
}

const catalogByRole = (catalog: AffectedCatalog) =>
  ({
    AUDIENCE: catalog.audiences,
    SERVICE: catalog.services,
    PAYMENT_METHOD: catalog.paymentMethods,
    CHANNEL: catalog.channels,
  }) as Record<string, (Named & { key: string })[] | undefined>;

/** The table with every catalog cell labelled as it will be once published. */
export function withCatalogLabels(table: ImpactTableBlock, catalog: AffectedCatalog): ImpactTableBlock {
  const byRole = catalogByRole(catalog);
  return {
    ...table,
    rows: table.rows.map((row) => ({
      cells: row.cells.map((cell, i) => {
        const entries = byRole[table.columns[i]?.role ?? ""];
        if (!entries || cell.label || cell.refs.length === 0) return cell;
        const names = cell.refs.flatMap((key) => entries.filter((e) => e.key === key));
        return names.length ? { ...cell, label: catalogCellLabel(names, null) } : cell;
      }),
    })),
  };
}

/** What the table (with the draft's windows and screen channels) stops, under today's catalog names. */
export function previewImpact(
  table: ImpactTableBlock,
  catalog: AffectedCatalog,
  context: Pick<AffectedContent, "windows" | "screen"> = { windows: [] },
): RevisionImpact {
  const content: AffectedContent = { ...context, sections: [{ key: "preview", kind: "BODY", blocks: [table] }] };
  const result = deriveAffected(content, catalog);
  return { result, names: freezeNames(catalog, result) };
}
