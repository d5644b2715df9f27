import Link from "next/link";
import { catalogMessagesIn, type CatalogKind } from "@/lib/catalog/messages";
import type { CatalogRow } from "@/lib/catalog/read";
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
      <div className="admin-table-wrap">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{m.columns.nameJa}</th>
              <th scope="col">{m.columns.key}</th>
              <th scope="col">{m.columns.nameEn}</th>
              {showDetails ? <th scope="col">{m.columns.details}</th> : null}
              <th scope="col">{m.columns.sortOrder}</th>
              <th scope="col">{m.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className={row.archivedAt ? "admin-row-muted" : undefined}>
                <th scope="row">
                  <Link href={`/admin/catalog/${kind}/${row.id}`}>{row.nameJa}</Link>
                </th>
                <td>
                  <code>{row.key}</code>
                </td>
                <td>{row.nameEn}</td>
                {showDetails ? <td>{row.details.map(typeLabel).join(shellMessagesIn[locale].listSeparator)}</td> : null}
                <td>{row.sortOrder}</td>
                <td>
                  {row.archivedAt ? m.retired : m.active}
                  {row.frozen ? <span className="admin-tag">{m.inUse}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
