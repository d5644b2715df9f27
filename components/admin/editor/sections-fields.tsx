"use client";
import { useState } from "react";
import type { BlockContent, SectionContentInput } from "@/lib/notices/content/schema";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { BlockFields, newBlock } from "./block-fields";
import { fieldId, LocalizedInput, Select, TextInput } from "./fields";
import { ListControls, move } from "./list-controls";
import { useMessages } from "@/lib/i18n/console/client";

type Section = SectionContentInput;

/** The letter's sections, reorderable, each with its blocks (reorderable too). */
export function SectionsFields({ sections, onChange }: { sections: Section[]; onChange: (sections: Section[]) => void }) {
  const t = useMessages(editorLabelsIn);
  const set = (i: number, section: Section) => onChange(sections.map((s, j) => (j === i ? section : s)));
  return (
    <section aria-labelledby="editor-sections" className="admin-editor-part">
      <h2 id="editor-sections">{t.sections}</h2>
      {sections.map((section, i) => (
        <fieldset key={i} className="admin-section">
          <legend>
            {/* the heading is the notice's Japanese text, also in the English console */}
            {t.section(i + 1, "")}
            {section.heading?.ja ? (
              <>
                : <span lang="ja">{section.heading.ja}</span>
              </>
            ) : null}
          </legend>
          <ListControls index={i} count={sections.length} onMove={(to) => onChange(move(sections, i, to))} onRemove={() => onChange(sections.filter((_, j) => j !== i))} />
          <TextInput path={`content.sections.${i}.key`} label={t.sectionKey} value={section.key} onChange={(key) => set(i, { ...section, key })} />
          {/* an attachment (資料) follows 以上 and is numbered by the page, not headed */}
          <Select
            path={`content.sections.${i}.kind`}
            label={t.sectionKind}
            value={section.kind ?? "BODY"}
            options={(["BODY", "ATTACHMENT"] as const).map((value) => ({ value, label: t.sectionKinds[value] }))}
            onChange={(kind) => set(i, { ...section, kind })}
          />
          <LocalizedInput path={`content.sections.${i}.heading`} label={t.heading} value={section.heading} onChange={(heading) => set(i, { ...section, heading })} />
          {section.blocks.map((block, b) => (
            <fieldset key={b} className="admin-block">
              <legend>{t.blockTypes[block.type]}</legend>
              <ListControls
                index={b}
                count={section.blocks.length}
                onMove={(to) => set(i, { ...section, blocks: move(section.blocks, b, to) })}
                onRemove={() => set(i, { ...section, blocks: section.blocks.filter((_, c) => c !== b) })}
              />
              <BlockFields
                path={`content.sections.${i}.blocks.${b}`}
                block={block as BlockContent}
                onChange={(next) => set(i, { ...section, blocks: section.blocks.map((x, c) => (c === b ? next : x)) })}
              />
            </fieldset>
          ))}
          <AddBlock path={`content.sections.${i}.new-block`} onAdd={(type) => set(i, { ...section, blocks: [...section.blocks, newBlock(type)] })} />
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          onChange([...sections, { key: `section-${sections.length + 1}`, kind: "BODY", heading: { ja: t.newSectionHeading, en: "" }, blocks: [newBlock("PROSE")] }])
        }
      >
        {t.addSection}
      </button>
    </section>
  );
}

function AddBlock({ path, onAdd }: { path: string; onAdd: (type: BlockContent["type"]) => void }) {
  const t = useMessages(editorLabelsIn);
  const [type, setType] = useState<BlockContent["type"]>("PROSE");
  return (
    <div className="admin-row">
      <div className="admin-field">
        <label htmlFor={fieldId(path)}>{t.addBlock}</label>
        <select id={fieldId(path)} value={type} onChange={(e) => setType(e.target.value as BlockContent["type"])}>
          {(Object.keys(t.blockTypes) as BlockContent["type"][]).map((k) => (
            <option key={k} value={k}>
              {t.blockTypes[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" onClick={() => onAdd(type)}>
        {t.addBlockButton}
      </button>
    </div>
  );
}
