import Link from "next/link";
import { actionLabelIn, auditMessagesIn } from "@/lib/admin/audit/messages";
import { formatDate, jstParts } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { AdminTable } from "../admin-table";
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
    <AdminTable
      rows={events}
      caption={m.caption}
      className="admin-audit"
      // rows without a link have nothing else to focus: the wrapper itself is, so a keyboard can scroll it
      scrollLabel={m.caption}
      rowClassName={(event) => (event.breakGlass ? "admin-row-alert" : undefined)}
      columns={[
        { header: m.columns.at, cell: (event) => <time dateTime={event.at.toISOString()}>{time(event.at, locale)}</time> },
        { header: m.columns.actor, cell: (event) => (event.actor ? event.actor.name : m.system(event.actorLabel ?? "")) },
        {
          header: m.columns.action,
          rowHeader: true,
          cell: (event) => (
            <>
              {actionLabelIn(locale, event.action)}
              {event.breakGlass ? <span className="admin-tag admin-tag-alert">{m.breakGlass}</span> : null}
              {event.breakGlass && event.reviewedAt ? <span className="admin-tag">{m.reviewed}</span> : null}
            </>
          ),
        },
        {
          header: m.columns.notice,
          cell: (event) => (
            <>
              {event.notice ? <Link href={`/admin/notices/${event.notice.id}`}>{event.notice.slug}</Link> : null}
              {event.revision ? <> {event.revision.number ? m.revision(event.revision.number) : m.draftRevision}</> : null}
            </>
          ),
        },
        {
          header: m.columns.target,
          cell: (event) => (
            <>
              <span className="admin-muted">{event.entityType}</span> <code>{event.entityId}</code>
            </>
          ),
        },
      ]}
    />
  );
}
