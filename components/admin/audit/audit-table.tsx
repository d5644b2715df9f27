import Link from "next/link";
import { actionLabelIn, auditMessagesIn } from "@/lib/admin/audit/messages";
import { formatDate, jstParts } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { consoleLocale } from "@/lib/i18n/console/server";

interface Event {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  breakGlass: boolean;
  reviewedAt: Date | null;
  actorLabel: string | null;
  actor: { id: string; name: string; email: string } | null;
  notice: { id: string; slug: string } | null;
  revision: { id: string; number: number | null; titleJa: string } | null;
  data: unknown;
}

const time = (date: Date, locale: Locale) => {
  const p = jstParts(date);
  return `${formatDate(date, locale)} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
};

export async function AuditTable({ events }: { events: readonly Event[] }) {
  const locale = await consoleLocale();
  const m = auditMessagesIn[locale];
  return (
    // focusable, so that a keyboard can scroll it sideways (rows without a link have nothing else to focus)
    <div className="admin-table-wrap" tabIndex={0} role="region" aria-label={m.caption}>
      <table className="admin-table admin-audit">
        <caption>{m.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.at}</th>
            <th scope="col">{m.columns.actor}</th>
            <th scope="col">{m.columns.action}</th>
            <th scope="col">{m.columns.notice}</th>
            <th scope="col">{m.columns.target}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={event.breakGlass ? "admin-row-alert" : undefined}>
              <td>
                <time dateTime={event.at.toISOString()}>{time(event.at, locale)}</time>
              </td>
              <td>{event.actor ? event.actor.name : m.system(event.actorLabel ?? "")}</td>
              <th scope="row">
                {actionLabelIn(locale, event.action)}
                {event.breakGlass ? <span className="admin-tag admin-tag-alert">{m.breakGlass}</span> : null}
                {event.breakGlass && event.reviewedAt ? <span className="admin-tag">{m.reviewed}</span> : null}
              </th>
              <td>
                {event.notice ? <Link href={`/admin/notices/${event.notice.id}`}>{event.notice.slug}</Link> : null}
                {event.revision ? <> {event.revision.number ? m.revision(event.revision.number) : m.draftRevision}</> : null}
              </td>
              <td>
                <span className="admin-muted">{event.entityType}</span> <code>{event.entityId}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
