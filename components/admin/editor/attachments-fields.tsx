"use client";
import { useState } from "react";
import { attachmentMessages as am, maxAttachmentBytes } from "@/lib/notices/attachments/limits";
import { editorLabelsIn } from "@/lib/notices/editor/messages";
import { FieldError, Submit } from "../form/fields";
import { useMessages } from "@/lib/i18n/console/client";

export interface AttachmentItem {
  id: string;
  fileName: string;
  src: string;
  size: number;
}

/**
 * Images of the notice: upload (type and size checked here for a quick answer, and
 * again on the server from the bytes), then add one as an image block. Its own form,
 * beside the editor's (forms do not nest).
 */
export function AttachmentsFields({ noticeId, uploadUrl, initial, onInsert }: { noticeId: string; uploadUrl: string; initial: AttachmentItem[]; onInsert: (item: AttachmentItem) => void }) {
  const t = useMessages(editorLabelsIn);
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function upload(form: HTMLFormElement) {
    const file = (form.elements.namedItem("file") as HTMLInputElement).files?.[0];
    setMessage(null);
    if (!file) return setError(am.missing);
    if (file.size > maxAttachmentBytes) return setError(am.tooLarge);
    setPending(true);
    const body = new FormData();
    body.set("noticeId", noticeId);
    body.set("file", file);
    try {
      const response = await fetch(uploadUrl, { method: "POST", body });
      const answer = (await response.json().catch(() => ({}))) as Partial<AttachmentItem> & { error?: string; fieldErrors?: Record<string, string[]> };
      if (!response.ok || !answer.id) {
        setError(answer.fieldErrors?.file?.[0] ?? answer.error ?? t.failed);
        return;
      }
      setError(null);
      setItems((list) => [answer as AttachmentItem, ...list]);
      setMessage(am.uploaded(answer.fileName!));
      form.reset();
    } catch {
      setError(t.failed);
    } finally {
      setPending(false);
    }
  }

  return (
    <section aria-labelledby="editor-attachments" className="admin-editor-part">
      <h2 id="editor-attachments">{t.attachments}</h2>
      <form
        className="admin-upload"
        aria-labelledby="editor-attachments"
        onSubmit={(e) => {
          e.preventDefault();
          void upload(e.currentTarget);
        }}
      >
        <div className="admin-field">
          <label htmlFor="attachment-file">{t.attachmentFile}</label>
          <input
            id="attachment-file"
            name="file"
            type="file"
            accept="image/png,image/jpeg,image/gif,image/webp"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "attachment-file-error attachment-file-hint" : "attachment-file-hint"}
          />
          <p className="admin-hint" id="attachment-file-hint">
            {t.attachmentHint}
          </p>
          <FieldError id="attachment-file-error" errors={error ? [error] : undefined} />
        </div>
        <Submit pending={pending} pendingText={t.uploading}>
          {t.upload}
        </Submit>
      </form>
      {message ? <p role="status">{message}</p> : null}
      {items.length ? (
        <ul className="admin-attachments">
          {items.map((item) => (
            <li key={item.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, served by its own route */}
              <img src={item.src} alt={item.fileName} width={96} height={72} />
              <span>
                {item.fileName} <code>{item.src}</code>
              </span>
              <button type="button" onClick={() => onInsert(item)}>
                {t.insertImage}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

