"use client";
import { getFormProps } from "@conform-to/react";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { issuerSchema, screenDefaultsSchema } from "@/lib/contacts/schema";
import type { PeriodStyle } from "@/lib/format/period-style";
import type { Locale } from "@/lib/i18n/locale";
import type { IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { FormErrors, Submit, TextField } from "../form/fields";
import { ScreenTextsFields } from "./screen-texts-fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";

export function IssuerForm({ action, issuer }: { action: ConsoleAction; issuer: Record<string, string> & { id: string } }) {
  const m = useMessages(contactMessagesIn);
  const f = m.fields;
  const { form, fields, formAction, pending } = useConsoleForm(action, issuerSchema, issuer);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="issuer-heading">
      <h2 id="issuer-heading">{m.brand.heading}</h2>
      <FormErrors form={form} />
      <input type="hidden" name={fields.id.name} value={issuer.id} />
      <TextField meta={fields.nameJa} label={f.nameJa} />
      <TextField meta={fields.nameEn} label={f.nameEn} />
      <TextField meta={fields.serviceNameJa} label={f.serviceNameJa} />
      <TextField meta={fields.serviceNameEn} label={f.serviceNameEn} />
      <TextField meta={fields.logoPath} label={f.logoPath} />
      <TextField meta={fields.copyrightJa} label={f.copyrightJa} />
      <TextField meta={fields.copyrightEn} label={f.copyrightEn} />
      <TextField meta={fields.postalAddressJa} label={f.postalAddressJa} help={f.postalAddressHint} />
      <TextField meta={fields.postalAddressEn} label={f.postalAddressEn} />
      <Submit pending={pending}>{m.save}</Submit>
    </form>
  );
}

export function ScreenDefaultsForm({
  action,
  defaults,
  periods,
  issuer,
}: {
  action: ConsoleAction;
  defaults: Record<string, string> & { issuerId: string };
  /** the preview's example window in every period style, formatted on the server */
  periods: Record<PeriodStyle, Record<Locale, string>>;
  issuer: IssuerSnapshot;
}) {
  const m = useMessages(contactMessagesIn);
  const f = m.fields;
  const { form, fields, formAction, pending } = useConsoleForm(action, screenDefaultsSchema, defaults);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-labelledby="screen-heading">
      <h2 id="screen-heading">{m.screen.heading}</h2>
      <p>{m.screen.help}</p>
      <FormErrors form={form} />
      <input type="hidden" name={fields.issuerId.name} value={defaults.issuerId} />
      <TextField meta={fields.errorCode} label={f.errorCode} />
      <ScreenTextsFields fields={fields} defaults={defaults} periods={periods} issuer={issuer} />
      <Submit pending={pending}>{m.save}</Submit>
    </form>
  );
}
