"use client";
import { getFormProps } from "@conform-to/react";
import type { Role } from "@/lib/generated/prisma/enums";
import { userMessagesIn } from "@/lib/users/messages";
import { resetPasswordSchema, setActiveSchema, updateRolesSchema } from "@/lib/users/schema";
import { CheckboxGroup, FormErrors, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { roleOptions } from "./create-user-form";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";

// The three writes on one user's page, each its own form and server action.

export function RolesForm({ action, userId, roles }: { action: ConsoleAction; userId: string; roles: Role[] }) {
  const m = useMessages(userMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, updateRolesSchema, { userId, roles });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="roles-heading">
      <h2 id="roles-heading">{m.roles.heading}</h2>
      <FormErrors form={form} />
      <input type="hidden" name={fields.userId.name} value={userId} />
      <CheckboxGroup meta={fields.roles} legend={m.fields.roles} options={roleOptions(useConsoleLocale())} />
      <Submit pending={pending}>{m.roles.submit}</Submit>
    </form>
  );
}

export function StatusForm({ action, userId, active }: { action: ConsoleAction; userId: string; active: boolean }) {
  const m = useMessages(userMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, setActiveSchema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="status-heading">
      <h2 id="status-heading">{m.status.heading}</h2>
      <p>{m.status.current(active ? m.active : m.deactivated)}</p>
      {active ? <p>{m.status.deactivateHelp}</p> : null}
      <FormErrors form={form} />
      <input type="hidden" name={fields.userId.name} value={userId} />
      <input type="hidden" name={fields.active.name} value={active ? "false" : "true"} />
      <Submit pending={pending} variant={active ? "danger" : undefined}>
        {active ? m.status.deactivate : m.status.reactivate}
      </Submit>
    </form>
  );
}

export function PasswordForm({ action, userId }: { action: ConsoleAction; userId: string }) {
  const m = useMessages(userMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, resetPasswordSchema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="password-heading">
      <h2 id="password-heading">{m.password.heading}</h2>
      <FormErrors form={form} />
      <input type="hidden" name={fields.userId.name} value={userId} />
      <TextField meta={fields.password} label={m.fields.password} type="password" autoComplete="new-password" help={m.fields.passwordHelp} />
      <Submit pending={pending}>{m.password.submit}</Submit>
    </form>
  );
}
