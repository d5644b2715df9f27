"use client";
import { useId, useRef, type ReactNode } from "react";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { useMessages } from "@/lib/i18n/console/client";

/**
 * A button that opens a modal confirmation (the native <dialog>: focus is kept inside
 * and Escape closes it); the dialog holds the form that does the deed.
 */
export function ConfirmDialog({ opener, title, children, danger = false }: { opener: string; title: string; children: ReactNode; danger?: boolean }) {
  const workflowMessages = useMessages(workflowMessagesIn);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <>
      <button type="button" className={danger ? "admin-button-danger" : "admin-button-secondary"} onClick={() => ref.current?.showModal()}>
        {opener}
      </button>
      <dialog ref={ref} aria-labelledby={titleId} className="admin-dialog">
        <h2 id={titleId}>{title}</h2>
        {children}
        <button type="button" className="admin-button-secondary" onClick={() => ref.current?.close()}>
          {workflowMessages.actions.cancel}
        </button>
      </dialog>
    </>
  );
}
