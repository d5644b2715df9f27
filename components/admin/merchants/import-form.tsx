"use client";
import { getCollectionProps, getFormProps, getInputProps } from "@conform-to/react";
import { useConsoleLocale, useMessages } from "@/lib/i18n/console/client";
import { translateMessage } from "@/lib/i18n/console/error-catalog";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { importApplySchema, importModes, importUploadSchema, type ImportIssue } from "@/lib/merchants/schema";
import { FieldError, FormErrors, HiddenFields, Submit } from "../form/fields";
import { useConsoleForm, type ConsoleAction } from "../form/use-console-form";
import { TableScroll } from "@/components/admin/table-scroll";

/** Upload → preview. A file with problems comes back as a table of them, line by line; nothing is stored. */
export function ImportForm({ action }: { action: ConsoleAction }) {
  const all = useMessages(merchantMessagesIn);
  const m = all.importPage;
  const locale = useConsoleLocale();
  const { form, fields, formAction, pending, lastResult } = useConsoleForm(action, importUploadSchema, { mode: "PARTIAL" });
  const issues = (lastResult?.data?.issues ?? null) as ImportIssue[] | null;
  const { key, ...fileProps } = getInputProps(fields.file, { type: "file" });
  return (
    <>
      <form {...getFormProps(form)} action={formAction} className="admin-form" encType="multipart/form-data" aria-label={m.title}>
        <FormErrors form={form} />
        <div className="admin-field">
          <label htmlFor={fields.file.id}>{m.file}</label>
          <input key={key} {...fileProps} accept=".csv,text/csv" />
          <FieldError id={fields.file.errorId} errors={fields.file.errors} />
        </div>
        <fieldset className="admin-field admin-checkboxes" aria-describedby={fields.mode.errors?.length ? fields.mode.errorId : undefined}>
          <legend>{m.mode}</legend>
          {getCollectionProps(fields.mode, { type: "radio", options: [...importModes] }).map(({ key: optionKey, ...props }) => (
            <div key={optionKey} className="admin-checkbox">
              <input {...props} />
              <label htmlFor={props.id}>{m.modes[props.value as (typeof importModes)[number]]}</label>
            </div>
          ))}
          <FieldError id={fields.mode.errorId} errors={fields.mode.errors} />
        </fieldset>
        <Submit pending={pending}>{m.preview}</Submit>
      </form>
      {issues?.length ? (
        <section aria-labelledby="import-issues-heading" className="admin-section admin-merchant-issues" role="alert">
          <h2 id="import-issues-heading">{m.issuesHeading(issues.length)}</h2>
          <TableScroll label={all.tableOf(m.issuesHeading(issues.length))}>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{m.issueColumns.line}</th>
                  <th scope="col">{m.issueColumns.column}</th>
                  <th scope="col">{m.issueColumns.value}</th>
                  <th scope="col">{m.issueColumns.message}</th>
                </tr>
              </thead>
              <tbody>
                {issues.map((issue, i) => (
                  <tr key={i}>
                    <td>{issue.line || m.wholeFile}</td>
                    <td>{issue.column ? <code>{issue.column}</code> : null}</td>
                    <td>{issue.value ? <code>{issue.value}</code> : null}</td>
                    <td>{translateMessage(issue.message, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
    </>
  );
}

/** Applies the stored preview by its id: exactly what the page shows. */
export function ApplyImportForm({ action, importId }: { action: ConsoleAction; importId: string }) {
  const m = useMessages(merchantMessagesIn).preview;
  const { form, formAction, pending } = useConsoleForm(action, importApplySchema);
  return (
    <form {...getFormProps(form)} action={formAction} className="admin-form" aria-label={m.apply}>
      <FormErrors form={form} />
      <HiddenFields values={{ importId }} />
      <Submit pending={pending}>{m.apply}</Submit>
    </form>
  );
}
