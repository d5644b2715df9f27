"use client";
import type { CatalogOption, CatalogOptions } from "@/lib/notices/preview/catalog-options";
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { describedBy, FieldError, TextField, type FieldErrors } from "./fields";
import { impactEditorMessagesIn } from "./messages";
import { localized, rowFootnote, withRowFootnote, type Cell } from "./table-edits";
import { useMessages } from "@/lib/i18n/console/client";

type Column = ImpactTableBlock["columns"][number];
const catalogRoles = ["AUDIENCE", "SERVICE", "PAYMENT_METHOD", "CHANNEL"] as const;
type CatalogRole = (typeof catalogRoles)[number];
const isCatalogRole = (role: Column["role"]): role is CatalogRole => (catalogRoles as readonly string[]).includes(role);

/** Entries a picker offers: the active ones, and an archived one only where it is already chosen. */
const offered = (options: CatalogOption[], chosen: string[]) => options.filter((o) => !o.archived || chosen.includes(o.key));

/** Checkboxes (keyboard: Tab and Space) for the catalog entries of one cell; the order chosen is the order shown. */
function CatalogPicker({ base, path, column, cell, options, errors, onChange }: {
  base: string;
  path: string;
  column: Column;
  cell: Cell;
  options: CatalogOption[];
  errors: FieldErrors;
  onChange: (change: Partial<Cell>) => void;
}) {
  const t = useMessages(impactEditorMessagesIn);
  const id = `${base}-${path.replaceAll(".", "-")}`;
  const toggle = (key: string, on: boolean) => onChange({ refs: on ? [...cell.refs, key] : cell.refs.filter((k) => k !== key) });
  return (
    <div className="admin-impact-cell">
      <fieldset className="admin-impact-picker" {...describedBy(base, `${path}.refs`, errors)}>
        <legend>{t.chooseEntries(column.header.ja)}</legend>
        <ul>
          {offered(options, cell.refs).map((o) => (
            <li key={o.key}>
              <label>
                <input type="checkbox" checked={cell.refs.includes(o.key)} onChange={(e) => toggle(o.key, e.target.checked)} /> {o.nameJa}
                {o.archived && t.archived} <span className="admin-impact-key">{o.key}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError base={base} path={`${path}.refs`} errors={errors} />
      <div className="admin-impact-pair">
        <TextField id={`${id}-label-ja`} label={t.labelJa} multiline lang="ja" value={cell.label?.ja ?? ""} onChange={(ja) => onChange({ label: localized(ja, cell.label?.en ?? "") })} invalid={describedBy(base, `${path}.label.ja`, errors)} />
        <TextField id={`${id}-label-en`} label={t.labelEn} multiline lang="en" value={cell.label?.en ?? ""} onChange={(en) => onChange({ label: localized(cell.label?.ja ?? "", en) })} />
      </div>
      <FieldError base={base} path={`${path}.label.ja`} errors={errors} />
    </div>
  );
}

function EffectField({ base, path, cell, footnotes, errors, onChange }: {
  base: string;
  path: string;
  cell: Cell;
  footnotes: ImpactTableBlock["footnotes"];
  errors: FieldErrors;
  onChange: (change: Partial<Cell>) => void;
}) {
  const t = useMessages(impactEditorMessagesIn);
  const id = `${base}-${path.replaceAll(".", "-")}`;
  const cited = rowFootnote(cell.text);
  // the citation is edited with the select below, not typed into the text
  const bare = (s: string | undefined) => (cited && s ? s.replace(new RegExp(`\\s*\\[\\^${cited}\\]$`), "") : (s ?? ""));
  const setText = (ja: string, en: string) => onChange({ text: withRowFootnote(localized(ja, en), cited) });
  return (
    <div className="admin-impact-cell">
      <div className="admin-impact-pair">
        <TextField id={`${id}-ja`} label={t.effectJa} multiline lang="ja" value={bare(cell.text?.ja)} onChange={(ja) => setText(ja, bare(cell.text?.en))} invalid={describedBy(base, `${path}.text`, errors)} />
        <TextField id={`${id}-en`} label={t.effectEn} multiline lang="en" value={bare(cell.text?.en)} onChange={(en) => setText(bare(cell.text?.ja), en)} />
      </div>
      <FieldError base={base} path={`${path}.text`} errors={errors} />
      <div className="admin-field">
        <label htmlFor={`${id}-footnote`}>{t.footnote}</label>
        <select id={`${id}-footnote`} value={cited ?? ""} onChange={(e) => onChange({ text: withRowFootnote(cell.text, e.target.value || null) })}>
          <option value="">{t.noFootnote}</option>
          {footnotes.map((f, i) => (
            <option key={f.key} value={f.key}>
              {t.footnoteMark(i + 1)} {f.text.ja.slice(0, 30)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** One row of the table: a cell editor per column, as the column's role asks. */
export function RowCells({ base, table, index, catalog, errors, onCell }: {
  base: string;
  table: ImpactTableBlock;
  index: number;
  catalog: CatalogOptions;
  errors: FieldErrors;
  onCell: (column: number, change: Partial<Cell>) => void;
}) {
  const t = useMessages(impactEditorMessagesIn);
  const row = table.rows[index]!;
  return (
    <>
      {table.columns.map((column, c) => {
        const cell = row.cells[c] ?? { refs: [] };
        const path = `rows.${index}.cells.${c}`;
        if (isCatalogRole(column.role))
          return <CatalogPicker key={c} base={base} path={path} column={column} cell={cell} options={catalog[column.role]} errors={errors} onChange={(change) => onCell(c, change)} />;
        if (column.role === "EFFECT")
          return <EffectField key={c} base={base} path={path} cell={cell} footnotes={table.footnotes} errors={errors} onChange={(change) => onCell(c, change)} />;
        const id = `${base}-${path.replaceAll(".", "-")}-availability`;
        return (
          <div key={c} className="admin-impact-cell admin-field">
            <label htmlFor={id}>{column.header.ja || t.availability}</label>
            <select id={id} value={cell.availability ?? ""} onChange={(e) => onCell(c, { availability: (e.target.value || undefined) as Cell["availability"] })} {...describedBy(base, `${path}.availability`, errors)}>
              <option value="UNAVAILABLE">{t.availabilities.UNAVAILABLE}</option>
              <option value="AVAILABLE">{t.availabilities.AVAILABLE}</option>
            </select>
            <FieldError base={base} path={`${path}.availability`} errors={errors} />
          </div>
        );
      })}
    </>
  );
}
