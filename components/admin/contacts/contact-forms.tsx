"use client";
import { getFormProps } from "@conform-to/react";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { contactRetireSchema, contactSchema } from "@/lib/contacts/schema";
import { FormErrors, SelectField, Submit, TextField } from "../form/fields";
import { RetireForm } from "../form/retire-form";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

/** Adds (no `contact`) or edits a contact block; values as strings (null shown empty). */
export function ContactForm({ action, contact }: { action: ConsoleAction; contact?: Record<string, string> & { id: string } }) {
  const m = useMessages(contactMessagesIn);
  const f = m.fields;
  const { form, fields, formAction, pending } = useConsoleForm(action, contactSchema, contact ?? { punctuation: "HALF_WIDTH" });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <FormErrors form={form} />
      {contact ? <input type="hidden" name={fields.id.name} value={contact.id} /> : null}
      <TextField meta={fields.key} label={f.key} help={f.keyHelp} />
      <TextField meta={fields.organizationJa} label={f.organizationJa} />
      <TextField meta={fields.organizationEn} label={f.organizationEn} />
      <TextField meta={fields.departmentJa} label={f.departmentJa} />
      <TextField meta={fields.departmentEn} label={f.departmentEn} />
      <TextField meta={fields.freeDial} label={f.freeDial} />
      <TextField meta={fields.phone} label={f.phone} />
      <TextField meta={fields.hoursLabelJa} label={f.hoursLabelJa} />
      <TextField meta={fields.hoursLabelEn} label={f.hoursLabelEn} />
      <TextField meta={fields.hours} label={f.hours} />
      <TextField meta={fields.email} label={f.email} type="email" />
      <SelectField
        meta={fields.punctuation}
        label={f.punctuation}
        options={(["HALF_WIDTH", "FULL_WIDTH"] as const).map((value) => ({ value, label: m.punctuation[value] }))}
      />
      <Submit pending={pending}>{contact ? m.save : m.create}</Submit>
    </form>
  );
}

export function ContactRetireForm({ action, id, retired }: { action: ConsoleAction; id: string; retired: boolean }) {
  const m = useMessages(contactMessagesIn);
  const retireLabels = { status: m.columns.status, active: m.active, retired: m.retired, help: m.retireHelp, retire: m.retire, restore: m.restore };
  return <RetireForm action={action} schema={contactRetireSchema} ids={{ id }} retired={retired} labels={retireLabels} />;
}
