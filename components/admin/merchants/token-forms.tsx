"use client";
import { getFormProps } from "@conform-to/react";
import { useMessages } from "@/lib/i18n/console/client";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { tokenCreateSchema, tokenRevokeSchema } from "@/lib/merchants/schema";
import { FormErrors, HiddenFields, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";

/** Creates an import token; the token is shown here once and never again. */
export function CreateTokenForm({ action }: { action: ConsoleAction }) {
  const m = useMessages(merchantMessagesIn).tokens;
  const { form, fields, formAction, pending, lastResult } = useConsoleForm(action, tokenCreateSchema);
  const token = lastResult?.done ? (lastResult.data?.token as string | undefined) : undefined;
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <FormErrors form={form} />
      <TextField meta={fields.name} label={m.name} />
      <Submit pending={pending}>{m.create}</Submit>
      {token ? (
        <div role="status" className="admin-done admin-secret">
          <p>{m.shown}</p>
          <code data-testid="new-token">{token}</code>
        </div>
      ) : null}
    </form>
  );
}

export function RevokeTokenForm({ action, id, name }: { action: ConsoleAction; id: string; name: string }) {
  const m = useMessages(merchantMessagesIn).tokens;
  const { form, formAction, pending } = useConsoleForm(action, tokenRevokeSchema, undefined, { id: `revoke-${id}` });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-inline-form" aria-label={`${m.revoke}: ${name}`}>
      <FormErrors form={form} />
      <HiddenFields values={{ id }} />
      <Submit pending={pending} variant="danger">
        {m.revoke}
      </Submit>
    </form>
  );
}
