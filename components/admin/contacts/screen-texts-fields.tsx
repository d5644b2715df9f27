"use client";
import type { FieldMetadata } from "@conform-to/react";
import { useState, type FormEvent } from "react";
import { contactMessagesIn } from "@/lib/contacts/messages";
import type { ScreenFormValues } from "@/lib/contacts/screen-preview";
import { PERIOD_STYLES, type PeriodStyle } from "@/lib/format/period-style";
import type { Locale } from "@/lib/i18n/locale";
import type { IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";
import { SelectField, TextArea, TextField } from "../form/fields";
import { ScreenPreview } from "./screen-preview";

// The maintenance screen's texts on the brand page (ja and en, the period style) with the
// live preview beside them: its own component so that other fields of the screen
// defaults form (the embed settings) stay apart from it.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Meta = FieldMetadata<any, any, string[]>;
type TextName = Exclude<keyof ScreenFormValues, "periodStyle">;

const NAMES: readonly (keyof ScreenFormValues)[] = [
  "headingJa", "headingEn", "messageJa", "messageEn", "periodLabelJa", "periodLabelEn", "periodStyle",
  "inlineMessageJa", "inlineMessageEn", "contactLabelJa", "contactLabelEn", "contactLinesJa", "contactLinesEn",
];

/** The fields' current values, read from the form itself (every keystroke and choice bubbles up as an input event). */
function readValues(form: HTMLFormElement): ScreenFormValues {
  const data = new FormData(form);
  return Object.fromEntries(NAMES.map((name) => [name, String(data.get(name) ?? "")]));
}

export function ScreenTextsFields({
  fields,
  defaults,
  periods,
  issuer,
}: {
  fields: Record<TextName | "periodStyle", Meta>;
  /** the saved values the form starts from (the form's default values) */
  defaults: Record<string, string>;
  periods: Record<PeriodStyle, Record<Locale, string>>;
  issuer: IssuerSnapshot;
}) {
  const m = useMessages(contactMessagesIn);
  const locale = useConsoleLocale();
  const f = m.fields;
  const [values, setValues] = useState<ScreenFormValues>(() => Object.fromEntries(NAMES.map((name) => [name, defaults[name] ?? ""])));
  // read now: React clears the event's currentTarget once the handler returns
  const follow = (event: FormEvent<HTMLDivElement>) => {
    const form = event.currentTarget.closest("form");
    if (form) setValues(readValues(form));
  };
  const styleOptions = PERIOD_STYLES.map((style) => ({ value: style, label: `${m.periodStyles[style]}: ${periods[style][locale]}` }));
  return (
    <div className="admin-screen-texts">
      <div className="admin-screen-texts__fields" onInput={follow} onChange={follow}>
        <TextField meta={fields.headingJa} label={f.headingJa} />
        <TextField meta={fields.headingEn} label={f.headingEn} />
        <TextArea meta={fields.messageJa} label={f.messageJa} rows={5} />
        <TextArea meta={fields.messageEn} label={f.messageEn} rows={5} />
        <TextField meta={fields.periodLabelJa} label={f.periodLabelJa} />
        <TextField meta={fields.periodLabelEn} label={f.periodLabelEn} />
        <SelectField meta={fields.periodStyle} label={f.periodStyle} options={styleOptions} />
        <TextField meta={fields.inlineMessageJa} label={f.inlineMessageJa} />
        <TextField meta={fields.inlineMessageEn} label={f.inlineMessageEn} />
        <TextField meta={fields.contactLabelJa} label={f.contactLabelJa} />
        <TextField meta={fields.contactLabelEn} label={f.contactLabelEn} />
        <TextArea meta={fields.contactLinesJa} label={f.contactLinesJa} />
        <TextArea meta={fields.contactLinesEn} label={f.contactLinesEn} />
      </div>
      <ScreenPreview values={values} periods={periods} issuer={issuer} />
    </div>
  );
}
