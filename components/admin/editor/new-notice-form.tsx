"use client";
import { getFormProps, type FieldMetadata } from "@conform-to/react";
import { useState } from "react";
import { createNoticeFormSchema } from "@/lib/notices/editor/create-schema";
import { editorLabelsIn, kindNamesIn, weekdayNamesIn } from "@/lib/notices/editor/messages";
import { FormErrors, SelectField as Choice, Submit, TextField as Field } from "../form/fields";
import { useConsoleForm, type ConsoleAction as Action } from "../form/use-console-form";
import { useMessages } from "@/lib/i18n/console/client";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

type Source = "template" | "copy" | "series";

/** "New notice": the three ways to start, validated here and on the server with the same schema. */
export function NewNoticeForm({ action }: { action: Action }) {
  const t = useMessages(editorLabelsIn);
  const kindNames = useMessages(kindNamesIn);
  const weekdayNames = useMessages(weekdayNamesIn);
  const [source, setSource] = useState<Source>("template");
  const { form, fields, formAction, pending } = useConsoleForm(action, createNoticeFormSchema, {
    kind: "SCHEDULED",
    months: "6",
    nth: "2",
    weekday: "1",
    startTime: "02:00",
    endTime: "06:00",
  });
  // the union's members have different fields: each is looked up by name
  const f = fields as unknown as Record<string, FieldMetadata<string>>;

  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form admin-new-notice">
      <FormErrors form={form} />
      <fieldset className="admin-choices">
        <legend>{t.source}</legend>
        {(Object.keys(t.sources) as Source[]).map((s) => (
          <div className="admin-check" key={s}>
            <input type="radio" name="source" id={`source-${s}`} value={s} checked={source === s} onChange={() => setSource(s)} />
            <label htmlFor={`source-${s}`}>{t.sources[s]}</label>
          </div>
        ))}
      </fieldset>

      {source === "template" ? (
        <Choice meta={f.kind!} label={t.kind} options={Object.entries(kindNames).map(([value, label]) => ({ value, label }))} />
      ) : null}
      {source === "copy" ? <Field meta={f.copyFrom!} label={t.copyFrom} /> : null}
      <Field meta={f.slug!} label={t.slug} help={source === "series" ? t.seriesSlugHint : t.slugHint} />
      <Field meta={f.titleJa!} label={useMessages(shellMessagesIn).inJa(t.title)} help={source === "series" ? t.seriesTitleHint : undefined} />

      {source === "series" ? (
        <fieldset className="admin-subfields">
          <legend>{t.sources.series}</legend>
          <div className="admin-row">
            <Field meta={f.firstMonth!} label={t.firstMonth} type="month" />
            <Field meta={f.months!} label={t.months} type="number" />
            <Choice meta={f.nth!} label={t.nth} options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t.nthOption(n) }))} />
            <Choice meta={f.weekday!} label={t.weekday} options={weekdayNames.map((label, i) => ({ value: String(i), label }))} />
            <Field meta={f.startTime!} label={t.startTime} type="time" />
            <Field meta={f.endTime!} label={t.endTime} type="time" />
          </div>
        </fieldset>
      ) : (
        <fieldset className="admin-subfields">
          <legend>{source === "copy" ? t.newWindow : t.windowOptional}</legend>
          <div className="admin-row">
            <Field meta={f.startsAt!} label={t.startsAt} type="datetime-local" />
            <Field meta={f.endsAt!} label={t.endsAt} type="datetime-local" />
          </div>
        </fieldset>
      )}
      <Submit pending={pending} pendingText={t.creating}>
        {t.create}
      </Submit>
    </form>
  );
}
