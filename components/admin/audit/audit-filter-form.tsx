import Link from "next/link";
import { actionLabelIn, auditMessagesIn } from "@/lib/admin/audit/messages";
import { FieldError } from "../form/fields";
import { consoleLocale } from "@/lib/i18n/console/server";

// A plain GET form: the filters live in the URL, so a filtered view can be linked and reloaded.
export async function AuditFilterForm({
  values,
  errors,
  choices,
}: {
  values: Record<string, string | undefined>;
  errors: Record<string, string>;
  choices: { users: { id: string; name: string; email: string }[]; actions: string[] };
}) {
  const locale = await consoleLocale();
  const m = auditMessagesIn[locale];
  const describedBy = (name: string) => (errors[name] ? `audit-${name}-error` : undefined);
  const error = (name: string) => <FieldError id={`audit-${name}-error`} errors={errors[name] ? [errors[name]] : undefined} />;
  const invalid = (name: string) => (errors[name] ? true : undefined);
  return (
    <form method="get" action="/admin/audit" className="admin-filters">
      <fieldset>
        <legend>{m.filters.legend}</legend>
        <div className="admin-field">
          <label htmlFor="audit-notice">{m.filters.notice}</label>
          <input id="audit-notice" name="notice" defaultValue={values.notice ?? ""} aria-invalid={invalid("notice")} aria-describedby={describedBy("notice")} />
          {error("notice")}
        </div>
        <div className="admin-field">
          <label htmlFor="audit-user">{m.filters.user}</label>
          <select id="audit-user" name="user" defaultValue={values.user ?? ""} aria-invalid={invalid("user")} aria-describedby={describedBy("user")}>
            <option value="">{m.filters.anyUser}</option>
            {choices.users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </select>
          {error("user")}
        </div>
        <div className="admin-field">
          <label htmlFor="audit-action">{m.filters.action}</label>
          <select id="audit-action" name="action" defaultValue={values.action ?? ""} aria-invalid={invalid("action")} aria-describedby={describedBy("action")}>
            <option value="">{m.filters.anyAction}</option>
            {choices.actions.map((action) => (
              <option key={action} value={action}>
                {actionLabelIn(locale, action)}
              </option>
            ))}
          </select>
          {error("action")}
        </div>
        <div className="admin-field">
          <label htmlFor="audit-from">{m.filters.from}</label>
          <input id="audit-from" name="from" type="date" defaultValue={values.from ?? ""} aria-invalid={invalid("from")} aria-describedby={describedBy("from")} />
          {error("from")}
        </div>
        <div className="admin-field">
          <label htmlFor="audit-to">{m.filters.to}</label>
          <input id="audit-to" name="to" type="date" defaultValue={values.to ?? ""} aria-invalid={invalid("to")} aria-describedby={describedBy("to")} />
          {error("to")}
        </div>
        {error("page")}
        <div className="admin-filter-buttons">
          <button type="submit">{m.filters.submit}</button>
          <Link href="/admin/audit">{m.filters.reset}</Link>
        </div>
      </fieldset>
    </form>
  );
}
