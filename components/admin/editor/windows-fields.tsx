"use client";
import type { EditorCatalog } from "@/lib/notices/editor/load";
import { jstInputToDate } from "@/lib/notices/editor/jst-input";
import { editorLabelsIn, editorMessagesIn } from "@/lib/notices/editor/messages";
import type { EditorWindow } from "@/lib/notices/editor/values";
import { fieldId, KeyPicker, Select, TextInput } from "./fields";
import { ListControls, move } from "./list-controls";
import { useMessages } from "@/lib/i18n/console/client";

/** The notice's windows in Japan time; a window already over is flagged (publishing it needs the backfill confirmation). */
export function WindowsFields({ windows, catalog, now, onChange }: { windows: EditorWindow[]; catalog: EditorCatalog; now: number; onChange: (windows: EditorWindow[]) => void }) {
  const t = useMessages(editorLabelsIn);
  const m = useMessages(editorMessagesIn);
  const set = (i: number, patch: Partial<EditorWindow>) => onChange(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <section aria-labelledby="editor-windows" className="admin-editor-part">
      <h2 id="editor-windows">{t.windows}</h2>
      {windows.map((w, i) => {
        const end = jstInputToDate(w.endsAt);
        const past = end !== null && end.getTime() < now;
        const hintId = `${fieldId(`content.windows.${i}.endsAt`)}-past`;
        return (
          <fieldset key={i} className="admin-item">
            <legend>{t.window(i + 1)}</legend>
            <ListControls index={i} count={windows.length} onMove={(to) => onChange(move(windows, i, to))} onRemove={() => onChange(windows.filter((_, j) => j !== i))} />
            <div className="admin-row">
              <TextInput path={`content.windows.${i}.key`} label={t.windowKey} value={w.key} onChange={(key) => set(i, { key })} />
              <TextInput path={`content.windows.${i}.startsAt`} type="datetime-local" label={t.startsAt} value={w.startsAt} onChange={(startsAt) => set(i, { startsAt })} />
              <TextInput
                path={`content.windows.${i}.endsAt`}
                type="datetime-local"
                label={t.endsAt}
                value={w.endsAt}
                onChange={(endsAt) => set(i, { endsAt })}
                hintId={past ? hintId : undefined}
                hint={
                  past ? (
                    <p className="admin-warning" id={hintId}>
                      {m.windowInPast}
                    </p>
                  ) : null
                }
              />
              <Select
                path={`content.windows.${i}.status`}
                label={t.windowStatus}
                value={w.status ?? "SCHEDULED"}
                options={[
                  { value: "SCHEDULED", label: t.windowStatuses.SCHEDULED },
                  { value: "CANCELLED", label: t.windowStatuses.CANCELLED },
                ]}
                onChange={(status) => set(i, { status })}
              />
            </div>
            <KeyPicker path={`content.windows.${i}.channelKeys`} legend={t.windowChannels} options={catalog.channels} value={w.channelKeys ?? []} onChange={(channelKeys) => set(i, { channelKeys })} />
          </fieldset>
        );
      })}
      <button
        type="button"
        onClick={() => {
          const last = windows.at(-1);
          onChange([...windows, { key: windows.length ? `window-${windows.length + 1}` : "main", startsAt: last?.startsAt ?? "", endsAt: last?.endsAt ?? "", status: "SCHEDULED", channelKeys: [] }]);
        }}
      >
        {t.addWindow}
      </button>
    </section>
  );
}
