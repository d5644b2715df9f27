import type { Locale } from "@/lib/i18n/locale";
import type { TableDiff } from "@/lib/notices/history/diff/table";
import type { LText } from "@/lib/notices/page/view";
import { T } from "@/components/notices/notice-page/l-text";
import { messages } from "@/lib/i18n/messages";

function Cell({ value, status, whole }: { value: LText; status: TableDiff["rows"][number]["status"]; whole: boolean }) {
  const text = <T value={value} />;
  if (status === "unchanged" || whole) return text;
  return status === "added" ? <ins className="diff-insert">{text}</ins> : <del className="diff-delete">{text}</del>;
}

/**
 * An impact table with its added and removed rows marked as whole rows. Every row
 * shows all its cells (no grouped cells): a marked row must read on its own.
 */
export function TableDiffView({ table, label, locale, whole = false }: { table: TableDiff; label: string; locale: Locale; whole?: boolean }) {
  const t = messages[locale].history;
  return (
    <div className="table-wrap">
      <table className="impact-table diff-table" aria-label={label}>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                <T value={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className={whole || row.status === "unchanged" ? undefined : `diff-row diff-row--${row.status}`}>
              {row.cells.map((cell, i) => {
                const content = (
                  <>
                    {i === 0 && !whole && row.status !== "unchanged" && (
                      <span className="visually-hidden">{row.status === "added" ? t.addedRow : t.removedRow}: </span>
                    )}
                    <Cell value={cell} status={row.status} whole={whole} />
                  </>
                );
                return i === 0 ? (
                  <th key={i} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={i}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
