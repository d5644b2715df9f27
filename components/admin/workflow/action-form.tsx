"use client";
import { getFormProps, useForm, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, type ReactNode } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-client";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { useMessages } from "@/lib/i18n/console/client";

export type WorkflowServerAction = (previous: ActionResult | undefined, formData: FormData) => Promise<ActionResult>;

type Fields = Record<string, FieldMetadata<unknown>>;

/**
 * One workflow form: posts to its server action (defineAction), validates in the
 * browser with the same zod schema the server parses with, shows the server's refusal
 * above the form or at its field, and after success reloads the notice's pages so the
 * header shows the new state. A conflict ("他の人が先に…") offers to load the latest state.
 */
export function ActionForm({
  action,
  schema,
  hidden,
  submitLabel,
  danger = false,
  notice,
  id,
  defaultValue,
  children,
}: {
  action: WorkflowServerAction;
  schema: z.ZodType<Record<string, unknown>>;
  /** fixed values the form carries (revision id and version, notice id) */
  hidden: Record<string, string | number>;
  submitLabel: string;
  danger?: boolean;
  /** said after success when the page stays (e.g. "保存しました。") */
  notice?: string;
  id?: string;
  /** initial values of the visible fields */
  defaultValue?: Record<string, string>;
  children?: (fields: Fields, form: FormMetadata<Record<string, unknown>>) => ReactNode;
}) {
  const workflowMessages = useMessages(workflowMessagesIn);
  const router = useRouter();
  const [lastResult, formAction, pending] = useActionState(action, undefined);
  const [form, fields] = useForm<Record<string, unknown>>({
    id,
    defaultValue,
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const done = lastResult?.done === true;
  useEffect(() => {
    if (done) router.refresh();
  }, [done, lastResult, router]);
  const conflict = lastResult && "conflict" in lastResult && lastResult.conflict !== undefined;
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-workflow-form">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {form.errors?.length ? (
        <div id={form.errorId} className="admin-form-error" role="alert">
          <p>{form.errors.join(" ")}</p>
          {conflict && (
            <button type="button" className="admin-button-secondary" onClick={() => router.refresh()}>
              {workflowMessages.actions.reload}
            </button>
          )}
        </div>
      ) : null}
      {done && notice ? (
        <p className="admin-form-done" role="status">
          {notice}
        </p>
      ) : null}
      {children?.(fields as Fields, form)}
      <button type="submit" disabled={pending} className={danger ? "admin-button-danger" : undefined}>
        {pending ? workflowMessages.actions.pending : submitLabel}
      </button>
    </form>
  );
}

/** A labelled input or textarea of a workflow form, its error tied to it (aria-describedby). */
export function FormField({
  meta,
  label,
  type = "text",
  multiline = false,
  hint,
}: {
  meta: FieldMetadata<unknown> | undefined;
  label: string;
  type?: "text" | "datetime-local";
  multiline?: boolean;
  hint?: string;
}) {
  if (!meta) return null;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  const describedBy = [meta.errors ? meta.errorId : null, hintId].filter(Boolean).join(" ") || undefined;
  const common = {
    id: meta.id,
    name: meta.name,
    defaultValue: typeof meta.initialValue === "string" ? meta.initialValue : undefined,
    "aria-invalid": meta.errors ? true : undefined,
    "aria-describedby": describedBy,
  };
  return (
    <div className="admin-field">
      <label htmlFor={meta.id}>{label}</label>
      {multiline ? <textarea key={meta.key} rows={3} {...common} /> : <input key={meta.key} type={type} {...common} />}
      {hint && (
        <p id={hintId} className="admin-field-hint">
          {hint}
        </p>
      )}
      {meta.errors ? (
        <p id={meta.errorId} className="admin-field-error">
          {meta.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
