import type { BlockContent } from "@/lib/notices/content/schema";
import type { Locale } from "@/lib/i18n/locale";
import { renderInline, type RenderContext } from "@/lib/notices/page/markdown";
import { layoutRows } from "@/lib/notices/page/table-layout";
import { pick } from "@/lib/notices/page/view";
import { Phrases } from "@/components/site/phrases";
import { T } from "./l-text";
import { messages } from "@/lib/i18n/messages";

type Table = Extract<BlockContent, { type: "IMPACT_TABLE" }>;
type Cell = Table["rows"][number]["cells"][number];

const sameCell = (a: Cell, b: Cell) => JSON.stringify(a) === JSON.stringify(b);

/** Labels keep the notice's own line breaks ("加盟店様" / "購入者様"). */
function Lines({ text }: { text: string }) {
  const lines = text.split("\n");
  return (
    <>
      {lines.map((line, i) => (
        <span key={i} className="cell-line">
          {line}
        </span>
      ))}
    </>
  );
}

function CellContent({ cell, role, ctx, locale }: { cell: Cell; role: Table["columns"][number]["role"]; ctx: RenderContext; locale: Locale }) {
  if (role === "AVAILABILITY") {
    const t = messages[locale].notice;
    // on a phone the column narrows: "ご利用 / いただけません。", never "ご利用い / ただけ…"
    return cell.availability === "UNAVAILABLE" ? (
      <em className="unavailable">
        <Phrases pieces={t.availabilityPhrases.unavailable} />
      </em>
    ) : (
      <span className="available">
        <Phrases pieces={t.availabilityPhrases.available} />
      </span>
    );
  }
  if (role === "EFFECT") {
    const text = pick(cell.text, locale);
    return text ? <T value={text} html={renderInline(text.text, ctx)} /> : null;
  }
  const label = pick(cell.label, locale);
  // published cells always carry a frozen label; a draft preview falls back to the keys
  return label ? (
    <T value={label}>
      <Lines text={label.text} />
    </T>
  ) : (
    <span>{cell.refs.join(", ")}</span>
  );
}

export function ImpactTable({ table, ctx, locale, label }: { table: Table; ctx: RenderContext; locale: Locale; label: string }) {
  const layout = layoutRows(
    table.rows.map((r) => r.cells),
    table.columns.map((c) => c.groupRows),
    sameCell,
  );
  const caption = pick(table.caption, locale);
  return (
    <div className="table-wrap">
      <table className="impact-table" aria-label={caption ? undefined : label}>
        {caption && (
          <caption>
            <T value={caption} />
          </caption>
        )}
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                <T value={pick(c.header, locale)} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {layout.map((row, r) => (
            <tr key={r}>
              {row.map(({ cell, rowSpan }, i) => {
                if (rowSpan === 0) return null;
                const column = table.columns[i]!;
                const content = <CellContent cell={cell} role={column.role} ctx={ctx} locale={locale} />;
                // the first column names what the row is about: a row header
                return i === 0 ? (
                  <th key={i} scope={rowSpan > 1 ? "rowgroup" : "row"} rowSpan={rowSpan > 1 ? rowSpan : undefined}>
                    {content}
                  </th>
                ) : (
                  <td key={i} rowSpan={rowSpan > 1 ? rowSpan : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
