"use client";
import { getFormProps } from "@conform-to/react";
import { catalogMessagesIn, type CatalogKind } from "@/lib/catalog/messages";
import { audienceSchema, channelSchema, channelTypes, paymentMethodSchema, serviceSchema } from "@/lib/catalog/schema";
import { CheckboxGroup, FormErrors, SelectField, Submit, TextField } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

type Option = { value: string; label: string };

export interface CatalogEntryValue {
  id: string;
  key: string;
  nameJa: string;
  nameEn: string;
  sortOrder: string;
  paymentMethodKeys: string[];
  type?: string;
  serviceKey?: string;
  frozen: boolean;
}

const schemas = { services: serviceSchema, "payment-methods": paymentMethodSchema, channels: channelSchema, audiences: audienceSchema } as const;

/** Adds (no `entry`) or edits one catalog entry; the relation fields only for services and channels. */
export function CatalogEntryForm({ kind, action, choices, entry }: { kind: CatalogKind; action: ConsoleAction; choices: { services: Option[]; paymentMethods: Option[] }; entry?: CatalogEntryValue }) {
  const m = useMessages(catalogMessagesIn);
  // the one schema of this kind: which fields it has depends on the kind, so the form reads them loosely
  const { form, fields, formAction, pending } = useConsoleForm(action, schemas[kind] as typeof channelSchema, entry ? (entry as never) : { sortOrder: "0" });
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form">
      <FormErrors form={form} />
      {entry ? <input type="hidden" name={fields.id.name} value={entry.id} /> : null}
      <TextField meta={fields.key} label={m.fields.key} help={entry?.frozen ? m.errors.keyFrozen : m.fields.keyHelp} readOnly={entry?.frozen} />
      <TextField meta={fields.nameJa} label={m.fields.nameJa} />
      <TextField meta={fields.nameEn} label={m.fields.nameEn} />
      <TextField meta={fields.sortOrder} label={m.fields.sortOrder} type="number" help={m.fields.sortOrderHelp} />
      {kind === "channels" ? (
        <>
          <SelectField meta={fields.type} label={m.fields.type} options={channelTypes.map((type) => ({ value: type, label: m.channelTypes[type] }))} />
          <SelectField meta={fields.serviceKey} label={m.fields.service} options={[{ value: "", label: m.fields.noService }, ...choices.services]} />
        </>
      ) : null}
      {kind === "services" || kind === "channels" ? (
        <CheckboxGroup
          meta={fields.paymentMethodKeys}
          legend={kind === "services" ? m.fields.servicePaymentMethods : m.fields.channelPaymentMethods}
          options={choices.paymentMethods}
        />
      ) : null}
      <Submit pending={pending}>{entry ? m.save : m.create}</Submit>
    </form>
  );
}
