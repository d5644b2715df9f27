"use client";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import type { EditorContent } from "@/lib/notices/editor/values";
import { useMessages } from "@/lib/i18n/console/client";

export interface Conflict {
  version: number;
  /** what is stored, as form content */
  content: EditorContent;
  stored: string;
  mine: string;
  /** the person loaded the stored content: their own text stays here to copy from */
  taken?: boolean;
}

/** Someone saved first: both texts side by side; nothing is lost whichever is chosen. */
export function ConflictPanel({ conflict, onKeepMine, onTakeStored, onClose }: { conflict: Conflict; onKeepMine: () => void; onTakeStored: () => void; onClose: () => void }) {
  const t = useMessages(editorLabelsIn);
  return (
    <section className="admin-conflict" aria-labelledby="editor-conflict">
      <h2 id="editor-conflict">{t.conflictTitle}</h2>
      {conflict.taken ? null : <p role="alert">{t.conflictLead}</p>}
      <div className="admin-conflict-texts">
        <div>
          <h3 id="conflict-stored">{t.conflictStored(conflict.version)}</h3>
          <textarea readOnly aria-labelledby="conflict-stored" value={conflict.stored} rows={14} />
        </div>
        <div>
          <h3 id="conflict-mine">{conflict.taken ? t.conflictMineKept : t.conflictMine}</h3>
          <textarea readOnly aria-labelledby="conflict-mine" value={conflict.mine} rows={14} />
        </div>
      </div>
      <div className="admin-row">
        {conflict.taken ? (
          <button type="button" onClick={onClose}>
            {t.closeConflict}
          </button>
        ) : (
          <>
            <button type="button" onClick={onKeepMine}>
              {t.keepMine}
            </button>
            <button type="button" onClick={onTakeStored}>
              {t.takeStored}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
