"use client";
import type { BlockContent } from "@/lib/notices/content/schema";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { starterImpactTable } from "@/components/admin/impact-table-editor/table-edits";
import { ImpactTableSlot } from "./impact-table-slot";
import { Checkbox, fieldId, LocalizedInput, Select, TextInput } from "./fields";
import { ListControls, move } from "./list-controls";
import { MarkdownInput } from "./markdown-input";
import { useMessages } from "@/lib/i18n/console/client";

// The fields of one block of a section, by its type. Every block keeps what it has
// that the form does not show (e.g. `numbered` where it is not offered).

type Block = BlockContent;
type Localized = { ja: string; en?: string };
const l = (value: Localized | undefined): Localized => ({ ja: value?.ja ?? "", en: value?.en ?? "" });

function CommaList({ path, label, value, onChange }: { path: string; label: string; value: readonly string[]; onChange: (value: string[]) => void }) {
  const joined = value.join(", ");
  // committed on blur: while typing, "E04, " must stay as typed
  return (
    <div className="admin-field">
      <label htmlFor={fieldId(path)}>{label}</label>
      <input
        key={joined}
        id={fieldId(path)}
        type="text"
        defaultValue={joined}
        onBlur={(e) =>
          onChange(
            e.target.value
              .split(",")
              .map((s) => s.trim())
              .filter(Boolean),
          )
        }
      />
    </div>
  );
}

export function BlockFields({ path, block, onChange }: { path: string; block: Block; onChange: (block: Block) => void }) {
  const t = useMessages(editorLabelsIn);
  const numbered = <Checkbox path={`${path}.numbered`} label={t.numbered} checked={Boolean(block.numbered)} onChange={(numbered) => onChange({ ...block, numbered })} />;
  switch (block.type) {
    case "PROSE":
      return (
        <>
          <MarkdownInput
            path={`${path}.body.ja`}
            label={t.bodyJa}
            lang="ja"
            value={block.body.ja}
            footnoteKeys={block.footnotes.map((f) => f.key)}
            onChange={(ja) => onChange({ ...block, body: { ...l(block.body), ja } })}
          />
          <MarkdownInput
            path={`${path}.body.en`}
            label={t.bodyEn}
            lang="en"
            value={block.body.en ?? ""}
            footnoteKeys={block.footnotes.map((f) => f.key)}
            onChange={(en) => onChange({ ...block, body: { ...l(block.body), en } })}
          />
          {numbered}
          <fieldset className="admin-subfields">
            <legend>{t.footnotes}</legend>
            {block.footnotes.map((f, i) => (
              <fieldset key={i} className="admin-item">
                <legend>{t.footnote(i + 1)}</legend>
                <ListControls index={i} count={block.footnotes.length} onMove={(to) => onChange({ ...block, footnotes: move(block.footnotes, i, to) })} onRemove={() => onChange({ ...block, footnotes: block.footnotes.filter((_, j) => j !== i) })} />
                <TextInput path={`${path}.footnotes.${i}.key`} label={t.footnoteKey} value={f.key} onChange={(key) => onChange({ ...block, footnotes: block.footnotes.map((g, j) => (j === i ? { ...g, key } : g)) })} />
                <LocalizedInput path={`${path}.footnotes.${i}.text`} label={t.footnoteText} value={f.text} onChange={(text) => onChange({ ...block, footnotes: block.footnotes.map((g, j) => (j === i ? { ...g, text } : g)) })} />
              </fieldset>
            ))}
            <button type="button" onClick={() => onChange({ ...block, footnotes: [...block.footnotes, { key: `note-${block.footnotes.length + 1}`, text: { ja: "", en: "" } }] })}>
              {t.addFootnote}
            </button>
          </fieldset>
        </>
      );
    case "WINDOWS":
      return (
        <>
          <LocalizedInput path={`${path}.label`} label={t.windowsLabel} value={block.label} onChange={(label) => onChange({ ...block, label })} />
          <Checkbox path={`${path}.emphasis`} label={t.emphasis} checked={block.emphasis} onChange={(emphasis) => onChange({ ...block, emphasis })} />
          {numbered}
        </>
      );
    case "IMPACT_TABLE":
      return <ImpactTableSlot path={path} block={block} onChange={onChange} />;
    case "DELAYS":
      return (
        <>
          {block.items.map((item, i) => {
            const set = (patch: Partial<typeof item>) => onChange({ ...block, items: block.items.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            return (
              <fieldset key={i} className="admin-item">
                <legend>{t.delay(i + 1)}</legend>
                <ListControls index={i} count={block.items.length} onMove={(to) => onChange({ ...block, items: move(block.items, i, to) })} onRemove={() => onChange({ ...block, items: block.items.filter((_, j) => j !== i) })} />
                <LocalizedInput path={`${path}.items.${i}.title`} label={t.delayTitle} value={item.title} onChange={(title) => set({ title })} />
                <LocalizedInput path={`${path}.items.${i}.affected`} label={t.delayAffected} value={item.affected} onChange={(affected) => set({ affected })} />
                <LocalizedInput path={`${path}.items.${i}.usual`} label={t.delayUsual} value={item.usual} onChange={(usual) => set({ usual })} />
                <LocalizedInput path={`${path}.items.${i}.change`} label={t.delayChange} value={item.change} onChange={(change) => set({ change })} />
              </fieldset>
            );
          })}
          <button type="button" onClick={() => onChange({ ...block, items: [...block.items, emptyDelay()] })}>
            {t.addDelay}
          </button>
          {numbered}
        </>
      );
    case "API_CHANGE":
      return (
        <>
          {block.changes.map((c, i) => {
            const set = (patch: Partial<typeof c>) => onChange({ ...block, changes: block.changes.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
            const p = `${path}.changes.${i}`;
            return (
              <fieldset key={i} className="admin-item">
                <legend>{t.apiChange(i + 1)}</legend>
                <ListControls index={i} count={block.changes.length} onMove={(to) => onChange({ ...block, changes: move(block.changes, i, to) })} onRemove={() => onChange({ ...block, changes: block.changes.filter((_, j) => j !== i) })} />
                <CommaList path={`${p}.endpoints`} label={t.endpoints} value={c.endpoints} onChange={(endpoints) => set({ endpoints })} />
                <LocalizedInput path={`${p}.endpointsLabel`} label={t.endpointsLabel} value={c.endpointsLabel} onChange={(endpointsLabel) => set({ endpointsLabel })} />
                <TextInput path={`${p}.fieldName`} label={t.fieldName} value={c.fieldName} onChange={(fieldName) => set({ fieldName })} />
                <LocalizedInput path={`${p}.fieldLabel`} label={t.fieldLabel} value={c.fieldLabel} onChange={(fieldLabel) => set({ fieldLabel })} />
                <Select path={`${p}.change`} label={t.changeKind} value={c.change} options={options(t.changeKinds)} onChange={(change) => set({ change })} />
                <CommaList path={`${p}.values`} label={t.values} value={c.values} onChange={(values) => set({ values })} />
                <LocalizedInput path={`${p}.reason`} label={t.reason} value={l(c.reason)} onChange={(reason) => set({ reason })} />
                <LocalizedInput path={`${p}.impact`} label={t.impact} value={l(c.impact)} onChange={(impact) => set({ impact })} />
              </fieldset>
            );
          })}
          <button type="button" onClick={() => onChange({ ...block, changes: [...block.changes, emptyApiChange()] })}>
            {t.addApiChange}
          </button>
          {numbered}
        </>
      );
    case "FUTURE_PLAN":
      return (
        <>
          <div className="admin-row">
            <TextInput path={`${path}.period.year`} label={t.futureYear} value={String(block.period.year)} onChange={(v) => onChange({ ...block, period: { ...block.period, year: Number(v) } })} />
            <TextInput path={`${path}.period.month`} label={t.futureMonth} value={String(block.period.month)} onChange={(v) => onChange({ ...block, period: { ...block.period, month: Number(v) } })} />
            <Select
              path={`${path}.period.part`}
              label={t.futurePart}
              value={block.period.part ?? ""}
              options={options(t.futureParts)}
              onChange={(part) => onChange({ ...block, period: { ...block.period, part: part === "" ? null : part } })}
            />
          </div>
          <LocalizedInput path={`${path}.description`} label={t.description} value={block.description} onChange={(description) => onChange({ ...block, description })} multiline />
          <LocalizedInput path={`${path}.note`} label={t.note} value={l(block.note)} onChange={(note) => onChange({ ...block, note })} />
          {numbered}
        </>
      );
    case "SCREEN_PREVIEW":
      return (
        <>
          <Select path={`${path}.variant`} label={t.variant} value={block.variant} options={options(t.modalBehaviors)} onChange={(variant) => onChange({ ...block, variant })} />
          <LocalizedInput path={`${path}.caption`} label={t.caption} value={l(block.caption)} onChange={(caption) => onChange({ ...block, caption })} />
          {numbered}
        </>
      );
    case "ERROR_CODE":
      return (
        <>
          <LocalizedInput path={`${path}.caption`} label={t.caption} value={l(block.caption)} onChange={(caption) => onChange({ ...block, caption })} />
          <LocalizedInput path={`${path}.text`} label={t.errorCodeText} value={block.text} onChange={(text) => onChange({ ...block, text })} multiline />
          {numbered}
        </>
      );
    case "IMAGE":
      return (
        <>
          <TextInput path={`${path}.src`} label={t.imageSrc} value={block.src} onChange={(src) => onChange({ ...block, src })} />
          <LocalizedInput path={`${path}.alt`} label={t.imageAlt} value={block.alt} onChange={(alt) => onChange({ ...block, alt })} />
          <LocalizedInput path={`${path}.caption`} label={t.caption} value={l(block.caption)} onChange={(caption) => onChange({ ...block, caption })} />
          {numbered}
        </>
      );
    case "MERCHANT_ACTION":
    case "CONTACT":
      return (
        <>
          <p className="admin-hint">{t.blockFixed}</p>
          {numbered}
        </>
      );
  }
}

function options<T extends string>(labels: Record<T, string>) {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}

const emptyDelay = () => ({ title: { ja: "", en: "" }, affected: { ja: "", en: "" }, usual: { ja: "", en: "" }, change: { ja: "", en: "" } });
const emptyApiChange = () => ({
  endpoints: [],
  endpointsLabel: { ja: "", en: "" },
  fieldName: "",
  fieldLabel: { ja: "", en: "" },
  change: "VALUES_ADDED" as const,
  values: [],
  reason: { ja: "", en: "" },
  impact: { ja: "", en: "" },
});

/** A new block of `type`, empty where the person must write. */
export function newBlock(type: Block["type"]): Block {
  const empty = { ja: "", en: "" };
  switch (type) {
    case "PROSE":
      return { type, numbered: false, body: empty, footnotes: [] };
    case "WINDOWS":
      return { type, numbered: false, label: { ja: "サービス停止時間帯", en: "" }, emphasis: true };
    case "IMPACT_TABLE":
      return starterImpactTable();
    case "DELAYS":
      return { type, numbered: false, items: [emptyDelay()] };
    case "API_CHANGE":
      return { type, numbered: false, changes: [emptyApiChange()] };
    case "FUTURE_PLAN":
      return { type, numbered: false, period: { year: new Date().getFullYear(), month: 1, part: null }, description: empty };
    case "SCREEN_PREVIEW":
      return { type, numbered: false, variant: "FULL_PAGE" };
    case "ERROR_CODE":
      return { type, numbered: false, text: { ja: "メンテナンスエラーコード「{{errorCode}}」を返却します。", en: "" } };
    case "IMAGE":
      return { type, numbered: false, src: "", alt: empty };
    case "MERCHANT_ACTION":
    case "CONTACT":
      return { type, numbered: false };
  }
}
