import Link from "next/link";
import { catalogMessagesIn, type CatalogKind } from "@/lib/catalog/messages";
import type { CatalogRow } from "@/lib/catalog/read";
import { AdminTable } from "../admin-table";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";


export async function CatalogTable({ kind, rows }: { kind: CatalogKind; rows: readonly CatalogRow[] }) {
  const locale = await consoleLocale();
  const m = catalogMessagesIn[locale];
  const typeLabel = (detail: string) => (m.channelTypes as Record<string, string>)[detail] ?? detail;
  const headingId = `catalog-${kind}`;
  const showDetails = kind === "services" || kind === "channels";
  return (
    <section aria-labelledby={headingId} className="admin-section">
      <div className="admin-section-head">
        <h2 id={headingId}>{m.kinds[kind].heading}</h2>
        <Link className="admin-button-link" href={`/admin/catalog/${kind}/new`}>
          {m.add(m.kinds[kind].singular)}
        </Link>
      </div>
      <AdminTable
        rows={rows}
        rowClassName={(row) => (row.archivedAt ? "admin-row-muted" : undefined)}
        columns={[
          { header: m.columns.nameJa, rowHeader: true, cell: (row) => <Link href={`/admin/catalog/${kind}/${row.id}`}>{row.nameJa}</Link> },
          { header: m.columns.key, cell: (row) => <code>{row.key}</code> },
          { header: m.columns.nameEn, cell: (row) => row.nameEn },
          showDetails && { header: m.columns.details, cell: (row) => row.details.map(typeLabel).join(shellMessagesIn[locale].listSeparator) },
          { header: m.columns.sortOrder, cell: (row) => row.sortOrder },
          {
            header: m.columns.status,
            cell: (row) => (
              <>
                {row.archivedAt ? m.retired : m.active}
                {row.frozen ? <span className="admin-tag">{m.inUse}</span> : null}
              </>
            ),
          },
        ]}
      />
    </section>
  );
}
