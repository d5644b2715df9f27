"use client";
// first: the schemas below are built without zod's eval probe in the browser (CSP)
import "@/lib/notices/editor/zod-in-browser";
import { controlMessagesIn } from "@/lib/maintenance/controls/messages";
import { endMaintenanceSchema, extendMaintenanceSchema, startMaintenanceSchema } from "@/lib/maintenance/controls/schemas";
import { useMessages } from "@/lib/i18n/console/client";
import { CheckboxGroup, TextArea, TextField } from "../form/fields";
import { ActionForm, type WorkflowServerAction } from "../workflow/action-form";
import { ConfirmDialog } from "../workflow/confirm-dialog";

// The maintenance controls' forms (issue 10): each posts to its server action
// (maintenance-actions.ts) and validates with the command's own zod schema.

export function StartMaintenanceForm({ action, channels, defaultEnd }: { action: WorkflowServerAction; channels: { value: string; label: string }[]; defaultEnd: string }) {
  const t = useMessages(controlMessagesIn).panel;
  return (
    <ActionForm action={action} schema={startMaintenanceSchema} hidden={{}} submitLabel={t.startGo} danger notice={t.started} id="maintenance-start" defaultValue={{ endsAt: defaultEnd }}>
      {(fields) => (
        <>
          <CheckboxGroup meta={fields.channels!} legend={t.startChannels} options={channels} />
          <TextField meta={fields.endsAt!} label={t.startEnd} type="datetime-local" />
          <TextField meta={fields.titleJa!} label={t.startTitle} maxLength={200} />
          <TextArea meta={fields.reason!} label={t.startReason} rows={2} />
        </>
      )}
    </ActionForm>
  );
}

interface WindowRef {
  revisionId: string;
  windowKey: string;
}

export function ExtendMaintenanceForm({ action, defaultEnd, ...ref }: WindowRef & { action: WorkflowServerAction; defaultEnd: string }) {
  const t = useMessages(controlMessagesIn).panel;
  return (
    <ConfirmDialog opener={t.extend} title={t.extendTitle}>
      <ActionForm action={action} schema={extendMaintenanceSchema} hidden={{ ...ref }} submitLabel={t.extendGo} notice={t.extended} defaultValue={{ endsAt: defaultEnd }}>
        {(fields) => <TextField meta={fields.endsAt!} label={t.extendTo} type="datetime-local" />}
      </ActionForm>
    </ConfirmDialog>
  );
}

export function EndMaintenanceForm({ action, ...ref }: WindowRef & { action: WorkflowServerAction }) {
  const t = useMessages(controlMessagesIn).panel;
  return (
    <ConfirmDialog opener={t.end} title={t.endTitle} danger>
      <p>{t.endConfirm}</p>
      <ActionForm action={action} schema={endMaintenanceSchema} hidden={{ ...ref }} submitLabel={t.endGo} danger />
    </ConfirmDialog>
  );
}
