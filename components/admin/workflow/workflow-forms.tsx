"use client";
// first: the schemas below are built without zod's eval probe in the browser (CSP)
import "@/lib/notices/editor/zod-in-browser";
import * as schemas from "@/lib/notices/commands/schemas";
import type { AmendmentType } from "@/lib/generated/prisma/enums";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { FieldError, TextArea, TextField } from "../form/fields";
import { ActionForm, type WorkflowServerAction } from "./action-form";
import { ConfirmDialog } from "./confirm-dialog";
import { useMessages } from "@/lib/i18n/console/client";

// The workflow's forms, each posting to its server action (workflow-actions.ts) and
// validating with the command's own zod schema (lib/notices/commands/schemas.ts).

export interface RevisionRef {
  revisionId: string;
  version: number;
}

type Props = RevisionRef & { action: WorkflowServerAction };

export function SubmitForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return <ActionForm action={action} schema={schemas.revisionRefSchema} hidden={{ ...ref }} submitLabel={t.submit} />;
}

export function ApproveForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return <ActionForm action={action} schema={schemas.revisionRefSchema} hidden={{ ...ref }} submitLabel={t.approve} />;
}

export function RejectForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <details className="admin-disclosure">
      <summary>{t.reject}</summary>
      <ActionForm action={action} schema={schemas.rejectRevisionSchema} hidden={{ ...ref }} submitLabel={t.reject} danger>
        {(fields) => <TextArea meta={fields.comment!} label={t.rejectComment} rows={3} />}
      </ActionForm>
    </details>
  );
}

/** The backfill confirmation of a historical first publication (Decision 8): the original date, or "unknown". */
function BackfillFields({ fields }: { fields: Record<string, import("@conform-to/react").FieldMetadata<unknown>> }) {
  const t = useMessages(workflowMessagesIn).actions;
  const backfill = fields.backfill;
  const unknown = fields.publishedAtUnknown;
  return (
    <fieldset className="admin-fieldset">
      <legend>{t.backfillLegend}</legend>
      {backfill && (
        <div className="admin-check">
          <input type="checkbox" id={backfill.id} name={backfill.name} aria-describedby={backfill.errors ? backfill.errorId : undefined} />
          <label htmlFor={backfill.id}>{t.backfill}</label>
          <FieldError id={backfill.errorId} errors={backfill.errors} />
        </div>
      )}
      <TextField meta={fields.publishedAt!} label={t.originalDate} type="datetime-local" />
      {unknown && (
        <div className="admin-check">
          <input type="checkbox" id={unknown.id} name={unknown.name} />
          <label htmlFor={unknown.id}>{t.originalDateUnknown}</label>
        </div>
      )}
    </fieldset>
  );
}

export function PublishForm({ action, backfill, ...ref }: Props & { backfill: boolean }) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <ActionForm action={action} schema={schemas.publishRevisionSchema} hidden={{ ...ref }} submitLabel={t.publishNow}>
      {(fields) => (backfill ? <BackfillFields fields={fields} /> : null)}
    </ActionForm>
  );
}

export function ScheduleForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <details className="admin-disclosure">
      <summary>{t.schedule}</summary>
      <ActionForm action={action} schema={schemas.scheduleRevisionSchema} hidden={{ ...ref }} submitLabel={t.schedule}>
        {(fields) => <TextField meta={fields.publishAt!} label={t.publishAt} type="datetime-local" />}
      </ActionForm>
    </details>
  );
}

export function UnscheduleForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return <ActionForm action={action} schema={schemas.revisionRefSchema} hidden={{ ...ref }} submitLabel={t.unschedule} />;
}

export function BreakGlassForm({ action, backfill, ...ref }: Props & { backfill: boolean }) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <ConfirmDialog opener={t.breakGlass} title={t.breakGlassConfirmTitle} danger>
      <p>{t.breakGlassConfirm}</p>
      <ActionForm action={action} schema={schemas.publishRevisionSchema} hidden={{ ...ref, breakGlass: "on" }} submitLabel={t.breakGlassGo} danger>
        {(fields) => (backfill ? <BackfillFields fields={fields} /> : null)}
      </ActionForm>
    </ConfirmDialog>
  );
}

export function DiscardForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <ConfirmDialog opener={t.discard} title={t.discard} danger>
      <p>{t.discardConfirm}</p>
      <ActionForm action={action} schema={schemas.revisionRefSchema} hidden={{ ...ref }} submitLabel={t.discard} danger />
    </ConfirmDialog>
  );
}

export function RebaseForm({ action, ...ref }: Props) {
  const t = useMessages(workflowMessagesIn).actions;
  return <ActionForm action={action} schema={schemas.revisionRefSchema} hidden={{ ...ref }} submitLabel={t.rebase} />;
}

export function WithdrawForm({ action, noticeId }: { action: WorkflowServerAction; noticeId: string }) {
  const t = useMessages(workflowMessagesIn).actions;
  return (
    <details className="admin-disclosure">
      <summary>{t.withdraw}</summary>
      <ActionForm action={action} schema={schemas.withdrawNoticeSchema} hidden={{ noticeId }} submitLabel={t.withdraw} danger>
        {(fields) => <TextArea meta={fields.reason!} label={t.withdrawReason} rows={3} />}
      </ActionForm>
    </details>
  );
}

export function AmendForm({ action, noticeId }: { action: WorkflowServerAction; noticeId: string }) {
  const t = useMessages(workflowMessagesIn).actions;
  return <ActionForm action={action} schema={schemas.startAmendmentSchema} hidden={{ noticeId }} submitLabel={t.amend} />;
}

const amendmentTypes = Object.keys(workflowMessagesIn.ja.amendmentTypes) as AmendmentType[];

/** The amendment's type (Decision 4) and its ja/en summary, saved with the draft's version. */
export interface Choice {
  key: string;
  label: string;
}

/** Checkboxes naming what the amendment touched; their marks ("(7月23日追記)", the banner's 「3. …」) derive from them. */
function Touched({ meta, legend, choices, checked }: { meta: import("@conform-to/react").FieldMetadata<unknown> | undefined; legend: string; choices: Choice[]; checked: string[] }) {
  if (!meta || choices.length === 0) return null;
  return (
    <fieldset className="admin-fieldset" aria-describedby={meta.errors ? meta.errorId : undefined}>
      <legend>{legend}</legend>
      <div className="admin-choices">
        {choices.map((c) => (
          <div key={c.key} className="admin-check">
            <input type="checkbox" id={`${meta.id}-${c.key}`} name={meta.name} value={c.key} defaultChecked={checked.includes(c.key)} />
            <label htmlFor={`${meta.id}-${c.key}`}>{c.label}</label>
          </div>
        ))}
      </div>
      <FieldError id={meta.errorId} errors={meta.errors} />
    </fieldset>
  );
}

export function AmendmentForm({
  action,
  current,
  sections,
  windows,
  ...ref
}: Props & {
  current: { type: AmendmentType; summaryJa: string; summaryEn: string | null; sectionKeys: string[]; windowKeys: string[] } | null;
  sections: Choice[];
  windows: Choice[];
}) {
  const a = useMessages(workflowMessagesIn).amendment;
  const workflowMessages = useMessages(workflowMessagesIn);
  return (
    <ActionForm
      action={action}
      schema={schemas.setAmendmentSchema}
      hidden={{ ...ref }}
      submitLabel={a.save}
      notice={a.saved}
      defaultValue={current ? { type: current.type, summaryJa: current.summaryJa, summaryEn: current.summaryEn ?? "" } : undefined}
    >
      {(fields) => {
        const type = fields.type!;
        return (
          <>
            <fieldset className="admin-fieldset" aria-describedby={type.errors ? type.errorId : undefined}>
              <legend>{a.type}</legend>
              <div className="admin-choices">
                {amendmentTypes.map((value) => (
                  <div key={value} className="admin-check">
                    <input
                      type="radio"
                      id={`${type.id}-${value}`}
                      name={type.name}
                      value={value}
                      defaultChecked={type.initialValue === value}
                      aria-describedby={`${type.id}-${value}-hint`}
                    />
                    <label htmlFor={`${type.id}-${value}`}>{workflowMessages.amendmentTypes[value]}</label>
                    <span id={`${type.id}-${value}-hint`} className="admin-field-hint">
                      {workflowMessages.amendmentHints[value]}
                    </span>
                  </div>
                ))}
              </div>
              <FieldError id={type.errorId} errors={type.errors} />
            </fieldset>
            <TextArea meta={fields.summaryJa!} label={a.summaryJa} rows={3} />
            <TextArea meta={fields.summaryEn!} label={a.summaryEn} rows={3} />
            <Touched meta={fields.sectionKeys} legend={a.sections} choices={sections} checked={current?.sectionKeys ?? []} />
            <Touched meta={fields.windowKeys} legend={a.windows} choices={windows} checked={current?.windowKeys ?? []} />
          </>
        );
      }}
    </ActionForm>
  );
}
