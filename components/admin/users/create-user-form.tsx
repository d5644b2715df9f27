"use client";
import { getFormProps } from "@conform-to/react";
import { roleLabelsIn } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/locale";
import { roleHelpIn, userMessagesIn } from "@/lib/users/messages";
import { createUserSchema, roleValues } from "@/lib/users/schema";
import { CheckboxGroup, FormErrors, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";

export const roleOptions = (locale: Locale) => roleValues.map((role) => ({ value: role, label: roleLabelsIn[locale][role], help: roleHelpIn[locale][role] }));

export function CreateUserForm({ action }: { action: ConsoleAction }) {
  const m = useMessages(userMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, createUserSchema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="create-user-heading">
      <h2 id="create-user-heading">{m.create.heading}</h2>
      <p>{m.create.help}</p>
      <FormErrors form={form} />
      <TextField meta={fields.name} label={m.fields.name} />
      <TextField meta={fields.email} label={m.fields.email} type="email" />
      <CheckboxGroup meta={fields.roles} legend={m.fields.roles} options={roleOptions(useConsoleLocale())} />
      <TextField meta={fields.password} label={m.fields.password} type="password" autoComplete="new-password" help={m.fields.passwordHelp} />
      <Submit pending={pending}>{m.create.submit}</Submit>
    </form>
  );
}
