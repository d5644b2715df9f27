"use client";
import { getFormProps } from "@conform-to/react";
import { catalogMessagesIn } from "@/lib/catalog/messages";
import { errorCodeFormatSchema } from "@/lib/catalog/schema";
import { FormErrors, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

export function ErrorCodeFormatForm({
  action,
  issuerId,
  issuerName,
  pattern,
  defaultCode,
}: {
  action: ConsoleAction;
  issuerId: string;
  issuerName: string | null;
  pattern: string;
  defaultCode: string;
}) {
  const m = useMessages(catalogMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, errorCodeFormatSchema, { issuerId, pattern });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="error-code-format-heading">
      <h2 id="error-code-format-heading">
        {m.errorCode.heading}
        {issuerName ? `（${issuerName}）` : null}
      </h2>
      <p>
        {m.errorCode.current}: <code>{defaultCode}</code>
      </p>
      <FormErrors form={form} />
      <input type="hidden" name={fields.issuerId.name} value={issuerId} />
      <TextField meta={fields.pattern} label={m.fields.pattern} help={m.fields.patternHelp} />
      <Submit pending={pending}>{m.errorCode.submit}</Submit>
    </form>
  );
}
