import Link from "next/link";
import { formatDate, jstParts } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locale";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import type { SendLogRow } from "@/lib/notifications/send-log/read";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { AdminTable } from "../admin-table";

export const consoleTime = (date: Date, locale: Locale) => {
  const p = jstParts(date);
  return `${formatDate(date, locale)} ${String(p.hour).padStart(2, "0")}:${String(p.minute).padStart(2, "0")}`;
};

/** The send log's rows: a SKIPPED row says that nobody was told, and why. */
export async function SendLogTable({ rows, caption }: { rows: readonly SendLogRow[]; caption?: string }) {
  const locale = await consoleLocale();
  const m = sendLogMessagesIn[locale];
  const amendments = workflowMessagesIn[locale].amendmentTypes;
  const reason = (row: SendLogRow) => (row.reason ? (m.reasons[row.reason] ?? m.unknownReason(row.reason)) : null);
  return (
    <AdminTable
      rows={rows}
      caption={caption ?? m.caption}
      className="admin-send-log"
      scrollLabel={caption ?? m.caption}
      rowClassName={(row) => (row.status === "FAILED" ? "admin-row-alert" : undefined)}
      columns={[
        { header: m.columns.created, cell: (row) => <time dateTime={row.createdAt.toISOString()}>{consoleTime(row.createdAt, locale)}</time> },
        {
          header: m.columns.notice,
          cell: (row) => (
            <>
              <Link href={`/admin/notices/${row.notice.id}/notifications`}>{row.notice.slug}</Link>
              {row.revision.number ? (
                <>
                  {" "}
                  <Link href={`/admin/notices/${row.notice.id}/notifications/${row.revision.number}`}>{m.revision(row.revision.number)}</Link>
                </>
              ) : null}
              {row.revision.amendment ? <span className="admin-muted"> ({amendments[row.revision.amendment.type]})</span> : null}
            </>
          ),
        },
        { header: m.columns.event, cell: (row) => `${m.events[row.event]} / ${m.channels[row.channel]}${row.window ? ` (${row.window.key})` : ""}` },
        {
          header: m.columns.recipient,
          rowHeader: true,
          cell: (row) => (row.recipient ? <span className="admin-send-log-address">{row.recipient}</span> : <span className="admin-muted">{m.nobody}</span>),
        },
        {
          header: m.columns.merchant,
          cell: (row) => (row.merchant ? `${row.merchant.code} ${locale === "en" && row.merchant.nameEn ? row.merchant.nameEn : row.merchant.nameJa}` : row.subscriberId ? m.subscriber : ""),
        },
        {
          header: m.columns.status,
          cell: (row) => (
            <>
              <span className={`admin-tag admin-send-status-${row.status.toLowerCase()}`}>{m.statuses[row.status]}</span>
              {reason(row) ? <div className="admin-send-log-reason">{reason(row)}</div> : null}
            </>
          ),
        },
        { header: m.columns.attempts, cell: (row) => row.attempts },
        { header: m.columns.sent, cell: (row) => (row.sentAt ? <time dateTime={row.sentAt.toISOString()}>{consoleTime(row.sentAt, locale)}</time> : "") },
        { header: m.columns.error, cell: (row) => (row.lastError ? <code className="admin-send-log-error">{row.lastError}</code> : "") },
      ]}
    />
  );
}
