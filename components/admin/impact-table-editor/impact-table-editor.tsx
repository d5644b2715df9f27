"use client";
import { useCallback, useId, useState } from "react";
import "@/components/notices/notice-page/notice.css";
import type { WindowContent } from "@/lib/notices/content/schema";
import type { CatalogOptions } from "@/lib/notices/preview/catalog-options";
import type { ImpactTableBlock } from "@/lib/notices/preview/impact-preview";
import { describedBy, FieldError, TextField, type FieldErrors } from "./fields";
import { ImpactPreviewPanel } from "./impact-preview-panel";
import { impactEditorMessagesIn } from "./messages";
import { RowCells } from "./row-editor";
import * as edit from "./table-edits";
import { useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

export interface ImpactTableEditorProps {
  /** the form field that carries the table as JSON, so a plain form post works */
  name: string;
  value: ImpactTableBlock;
  catalog: CatalogOptions;
  onChange: (value: ImpactTableBlock) => void;
  /** the draft's windows and screen channels: they stop channels too, so "what stops" counts them */
  windows?: WindowContent[];
  screenChannelKeys?: string[];
  /** the screen's error code, for {{errorCode}} in effect texts */
  errorCode?: string | null;
  /** the level of the editor's own headings (the page's structure decides) */
  headingLevel?: 2 | 3;
}

const roles = Object.keys(impactEditorMessagesIn.ja.roles) as edit.ColumnRole[];

/**
 * The impact table of a notice: columns as the content schema has them, rows that pick
 * catalog entries, availability, effect text and a footnote, and beside it the table
 * and "what stops" as the public page will show them (rendered on the server).
 */
export function ImpactTableEditor({ name, value, catalog, onChange, windows = [], screenChannelKeys = [], errorCode = null, headingLevel = 2 }: ImpactTableEditorProps) {
  const t = useMessages(impactEditorMessagesIn);
  const shell = useMessages(shellMessagesIn);
  const base = useId().replace(/[^a-zA-Z0-9]/g, "");
  const [errors, setErrors] = useState<FieldErrors>({});
  const onErrors = useCallback((e: FieldErrors) => setErrors(e), []);
  const H = `h${headingLevel}` as "h2" | "h3";
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  const table = value;
  const set = onChange;
  const [newRole, setNewRole] = useState<edit.ColumnRole>("EFFECT");

  return (
    <div className="admin-impact-editor">
      <input type="hidden" name={name} value={JSON.stringify(table)} />
      <section className="admin-impact-editor__form" aria-labelledby={`${base}-title`}>
        <H id={`${base}-title`}>{t.editor}</H>
        <div className="admin-impact-pair">
          <TextField id={`${base}-caption-ja`} label={shell.inJa(t.caption)} lang="ja" value={table.caption?.ja ?? ""} onChange={(ja) => set({ ...table, caption: edit.localized(ja, table.caption?.en ?? "") })} invalid={describedBy(base, "caption.ja", errors)} />
          <TextField id={`${base}-caption-en`} label={shell.inEn(t.caption)} lang="en" value={table.caption?.en ?? ""} onChange={(en) => set({ ...table, caption: edit.localized(table.caption?.ja ?? "", en) })} />
        </div>
        <FieldError base={base} path="caption.ja" errors={errors} />

        <Sub>{t.columns}</Sub>
        <ol className="admin-impact-columns">
          {table.columns.map((column, c) => (
            <li key={c}>
              <fieldset>
                <legend>
                  {t.column(c + 1)}: {t.roles[column.role]}
                </legend>
                <div className="admin-impact-pair">
                  <TextField id={`${base}-col-${c}-ja`} label={t.headerJa} lang="ja" value={column.header.ja} onChange={(ja) => set(edit.updateColumn(table, c, { header: { ...column.header, ja } }))} invalid={describedBy(base, `columns.${c}.header.ja`, errors)} />
                  <TextField id={`${base}-col-${c}-en`} label={t.headerEn} lang="en" value={column.header.en ?? ""} onChange={(en) => set(edit.updateColumn(table, c, { header: edit.localized(column.header.ja, en) ?? { ja: "" } }))} />
                </div>
                <FieldError base={base} path={`columns.${c}.header.ja`} errors={errors} />
                <label className="admin-check">
                  <input type="checkbox" checked={column.groupRows} onChange={(e) => set(edit.updateColumn(table, c, { groupRows: e.target.checked }))} /> {t.groupRows}
                </label>
                <button type="button" className="admin-button-quiet" onClick={() => set(edit.removeColumn(table, c))} disabled={table.columns.length === 1}>
                  {t.removeColumn(c + 1)}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        <div className="admin-impact-add-column">
          <label htmlFor={`${base}-new-role`}>{t.role}</label>
          <select id={`${base}-new-role`} value={newRole} onChange={(e) => setNewRole(e.target.value as edit.ColumnRole)}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t.roles[r]}
              </option>
            ))}
          </select>
          <button type="button" className="admin-button-quiet" onClick={() => set(edit.addColumn(table, newRole, { ja: t.roles[newRole] }))}>
            {t.addColumn}
          </button>
        </div>

        <Sub>{t.rows}</Sub>
        <ol className="admin-impact-rows">
          {table.rows.map((_, r) => (
            <li key={r}>
              <fieldset className="admin-impact-row">
                <legend>{t.row(r + 1)}</legend>
                {edit.continuesGroup(table, r) && <p className="admin-impact-group-note">{t.continuesGroup}</p>}
                <FieldError base={base} path={`rows.${r}.cells`} errors={errors} />
                <RowCells base={base} table={table} index={r} catalog={catalog} errors={errors} onCell={(c, change) => set(edit.updateCell(table, r, c, change))} />
                <div className="admin-impact-row-actions">
                  <button type="button" className="admin-button-quiet" onClick={() => set(edit.moveRow(table, r, -1))} disabled={r === 0}>
                    {t.moveUp(r + 1)}
                  </button>
                  <button type="button" className="admin-button-quiet" onClick={() => set(edit.moveRow(table, r, 1))} disabled={r === table.rows.length - 1}>
                    {t.moveDown(r + 1)}
                  </button>
                  <button type="button" className="admin-button-quiet" onClick={() => set(edit.addRow(table, r))}>
                    {t.copyRow(r + 1)}
                  </button>
                  <button type="button" className="admin-button-quiet" onClick={() => set(edit.removeRow(table, r))} disabled={table.rows.length === 1}>
                    {t.removeRow(r + 1)}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" onClick={() => set(edit.addRow(table))}>
          {t.addRow}
        </button>

        <Sub>{t.footnotes}</Sub>
        {!table.columns.some((c) => c.role === "EFFECT") && <p className="admin-impact-group-note">{t.footnoteNeedsEffect}</p>}
        <ol className="admin-impact-footnotes">
          {table.footnotes.map((f, i) => (
            <li key={f.key}>
              <div className="admin-impact-pair">
                <TextField id={`${base}-fn-${i}-ja`} label={t.footnoteJa(i + 1)} multiline lang="ja" value={f.text.ja} onChange={(ja) => set({ ...table, footnotes: table.footnotes.map((x, j) => (j === i ? { ...x, text: { ...x.text, ja } } : x)) })} invalid={describedBy(base, `footnotes.${i}.text.ja`, errors)} />
                <TextField id={`${base}-fn-${i}-en`} label={t.footnoteEn(i + 1)} multiline lang="en" value={f.text.en ?? ""} onChange={(en) => set({ ...table, footnotes: table.footnotes.map((x, j) => (j === i ? { ...x, text: edit.localized(x.text.ja, en) ?? { ja: "" } } : x)) })} />
              </div>
              <FieldError base={base} path={`footnotes.${i}.text.ja`} errors={errors} />
              <button type="button" className="admin-button-quiet" onClick={() => set(edit.removeFootnote(table, f.key))}>
                {t.removeFootnote(i + 1)}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="admin-button-quiet" onClick={() => set({ ...table, footnotes: [...table.footnotes, { key: edit.newFootnoteKey(table), text: { ja: "" } }] })}>
          {t.addFootnote}
        </button>
      </section>
      <ImpactPreviewPanel input={{ table, windows, screenChannelKeys, errorCode, anchor: `impact-${base.toLowerCase()}` }} headingId={`${base}-preview`} HeadingTag={H} onErrors={onErrors} />
    </div>
  );
}
