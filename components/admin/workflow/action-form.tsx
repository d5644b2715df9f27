"use client";
import { getFormProps, type FieldMetadata, type FormMetadata } from "@conform-to/react";
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { FormErrors, HiddenFields, Submit } from "../form/fields";
import { useConsoleForm, type ConsoleAction, type FormSchema } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";
import { useReportWorkingVersion, useWorkingVersion } from "./working-version";

export type WorkflowServerAction = ConsoleAction;

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
  schema: FormSchema;
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
  const { form, fields, formAction, pending, lastResult } = useConsoleForm(action, schema, defaultValue, { id });
  const done = lastResult?.done === true;
  const report = useReportWorkingVersion();
  const savedVersion = done ? lastResult?.data?.version : undefined;
  useEffect(() => {
    if (!done) return;
    // a write that answers the revision's new version (the amendment's facts) tells the
    // page before the refresh arrives: the editor's next autosave must not carry the old one
    if (typeof savedVersion === "number" && typeof hidden.revisionId === "string") report(hidden.revisionId, savedVersion);
    router.refresh();
  }, [done, lastResult, router, report, savedVersion, hidden.revisionId]);
  const conflict = lastResult?.conflict !== undefined;
  // a form about a revision carries its version as last saved on this page (the editor's autosave)
  const version = useWorkingVersion(
    typeof hidden.revisionId === "string" ? hidden.revisionId : undefined,
    typeof hidden.version === "number" ? hidden.version : undefined,
  );
  const values = version === undefined ? hidden : { ...hidden, version };
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-workflow-form">
      <HiddenFields values={values} />
      <FormErrors form={form}>
        {conflict && (
          <button type="button" className="admin-button-secondary" onClick={() => router.refresh()}>
            {workflowMessages.actions.reload}
          </button>
        )}
      </FormErrors>
      {done && notice ? (
        <p className="admin-form-done" role="status">
          {notice}
        </p>
      ) : null}
      {children?.(fields as Fields, form as FormMetadata<Record<string, unknown>>)}
      <Submit pending={pending} pendingText={workflowMessages.actions.pending} variant={danger ? "danger" : undefined}>
        {submitLabel}
      </Submit>
    </form>
  );
}
