import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import type { ActiveSuppression } from "@/lib/notifications/send-log/suppressions";
import type { ConsoleAction } from "../form/use-console-form";
import { AdminTable } from "../admin-table";
import { ClearSuppressionForm } from "./clear-suppression-form";
import { consoleTime } from "./send-log-table";

export async function SuppressionTable({ rows, action }: { rows: readonly ActiveSuppression[]; action: ConsoleAction }) {
  const locale = await consoleLocale();
  const m = sendLogMessagesIn[locale];
  const s = m.suppressions;
  return (
    <AdminTable
      rows={rows}
      caption={s.caption}
      className="admin-suppressions"
      columns={[
        { header: s.columns.address, rowHeader: true, cell: (row) => <span className="admin-send-log-address">{row.address}</span> },
        { header: s.columns.reason, cell: (row) => <code className="admin-send-log-error">{row.reason}</code> },
        { header: s.columns.since, cell: (row) => <time dateTime={row.createdAt.toISOString()}>{consoleTime(row.createdAt, locale)}</time> },
        {
          header: s.columns.cause,
          cell: (row) =>
            row.cause ? (
              <Link href={`/admin/notifications?${new URLSearchParams({ notice: row.cause.notice.slug, recipient: row.address })}`}>
                {row.cause.notice.slug}
                {row.cause.revision.number ? ` ${m.revision(row.cause.revision.number)}` : ""}
              </Link>
            ) : (
              s.noCause
            ),
        },
        { header: s.columns.action, cell: (row) => <ClearSuppressionForm action={action} suppressionId={row.id} address={row.address} /> },
      ]}
    />
  );
}
