import Link from "next/link";
import { SendChannel, SendEvent, SendStatus } from "@/lib/generated/prisma/enums";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { FieldError } from "../form/fields";

// A plain GET form: the filters live in the URL, so a filtered view (and its CSV) can be linked and reloaded.
export async function SendLogFilterForm({ values, errors }: { values: Record<string, string | undefined>; errors: Record<string, string> }) {
  const m = sendLogMessagesIn[await consoleLocale()];
  const f = m.filters;
  const props = (name: string) => ({
    id: `send-log-${name}`,
    name,
    defaultValue: values[name] ?? "",
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `send-log-${name}-error` : undefined,
  });
  const error = (name: string) => <FieldError id={`send-log-${name}-error`} errors={errors[name] ? [errors[name]] : undefined} />;
  const field = (name: string, label: string, input: React.ReactNode) => (
    <div className="admin-field">
      <label htmlFor={`send-log-${name}`}>{label}</label>
      {input}
      {error(name)}
    </div>
  );
  const select = (name: string, options: Record<string, string>, labels: Record<string, string>) => (
    <select {...props(name)}>
      <option value="">{f.any}</option>
      {Object.values(options).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </select>
  );
  return (
    <form method="get" action="/admin/notifications" className="admin-filters">
      <fieldset>
        <legend>{f.legend}</legend>
        {field("notice", f.notice, <input {...props("notice")} />)}
        {field("revision", f.revision, <input {...props("revision")} inputMode="numeric" size={4} />)}
        {field("event", f.event, select("event", SendEvent, m.events))}
        {field("channel", f.channel, select("channel", SendChannel, m.channels))}
        {field("status", f.status, select("status", SendStatus, m.statuses))}
        {field("merchant", f.merchant, <input {...props("merchant")} />)}
        {field("recipient", f.recipient, <input {...props("recipient")} />)}
        {field("from", f.from, <input {...props("from")} type="date" />)}
        {field("to", f.to, <input {...props("to")} type="date" />)}
        {error("after")}
        {error("before")}
        <div className="admin-filter-buttons">
          <button type="submit">{f.submit}</button>
          <Link href="/admin/notifications">{f.reset}</Link>
        </div>
      </fieldset>
    </form>
  );
}
