"use client";
import { getFormProps } from "@conform-to/react";
import { catalogMessagesIn, type CatalogKind } from "@/lib/catalog/messages";
import { retireSchema } from "@/lib/catalog/schema";
import { FormErrors, Submit } from "../form-fields";
import { useConsoleForm, type ConsoleAction } from "../use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

export function RetireForm({ kind, id, retired, action }: { kind: CatalogKind; id: string; retired: boolean; action: ConsoleAction }) {
  const m = useMessages(catalogMessagesIn);
  const { form, fields, formAction, pending } = useConsoleForm(action, retireSchema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <p>
        {m.columns.status}: {retired ? m.retired : m.active}
      </p>
      <p>{m.retireHelp}</p>
      <FormErrors form={form} />
      <input type="hidden" name={fields.kind.name} value={kind} />
      <input type="hidden" name={fields.id.name} value={id} />
      <input type="hidden" name={fields.retired.name} value={retired ? "false" : "true"} />
      <Submit pending={pending} variant={retired ? undefined : "danger"}>
        {retired ? m.restore : m.retire}
      </Submit>
    </form>
  );
}
