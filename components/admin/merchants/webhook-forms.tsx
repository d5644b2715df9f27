"use client";
import { getFormProps } from "@conform-to/react";
import { useMessages } from "@/lib/i18n/console/client";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { webhookCreateSchema, webhookDisableSchema } from "@/lib/merchants/schema";
import { FormErrors, HiddenFields, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";

/** Registers a webhook on the merchant's request; the signing secret is shown here once. */
export function RegisterWebhookForm({ action, merchantId }: { action: ConsoleAction; merchantId: string }) {
  const m = useMessages(merchantMessagesIn).webhooks;
  const { form, fields, formAction, pending, lastResult } = useConsoleForm(action, webhookCreateSchema);
  const secret = lastResult?.done ? (lastResult.data?.secret as string | undefined) : undefined;
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <FormErrors form={form} />
      <HiddenFields values={{ merchantId }} />
      <TextField meta={fields.url} label={m.url} type="url" />
      <TextField meta={fields.description} label={m.description} />
      <Submit pending={pending}>{m.register}</Submit>
      {secret ? (
        <div role="status" className="admin-done admin-secret">
          <p>
            {m.done.registered} {m.secretShown}
          </p>
          <code data-testid="webhook-secret">{secret}</code>
        </div>
      ) : null}
    </form>
  );
}

export function DisableWebhookForm({ action, id, merchantId, url }: { action: ConsoleAction; id: string; merchantId: string; url: string }) {
  const m = useMessages(merchantMessagesIn).webhooks;
  const { form, formAction, pending } = useConsoleForm(action, webhookDisableSchema, undefined, { id: `disable-${id}` });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-inline-form" aria-label={`${m.disable}: ${url}`}>
      <FormErrors form={form} />
      <HiddenFields values={{ id, merchantId }} />
      <Submit pending={pending} variant="danger">
        {m.disable}
      </Submit>
    </form>
  );
}
