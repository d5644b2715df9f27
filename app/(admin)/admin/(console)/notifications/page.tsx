import type { Metadata } from "next";
import { SendLogFilterForm } from "@/components/admin/notifications/send-log-filter-form";
import { SendLogPagination } from "@/components/admin/notifications/send-log-pagination";
import { SendLogTable } from "@/components/admin/notifications/send-log-table";
import { StatusCounts } from "@/components/admin/notifications/status-counts";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { firstValues } from "@/lib/admin/audit/query";
import { requireUser } from "@/lib/auth/session";
import { translateMessage } from "@/lib/i18n/console/error-catalog";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { filterNames, sendLogQuerySchema } from "@/lib/notifications/send-log/query";
import { readSendLogPage } from "@/lib/notifications/send-log/read";

export async function generateMetadata(): Promise<Metadata> {
  return { title: sendLogMessagesIn[await consoleLocale()].title };
}

export default async function SendLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await consoleLocale();
  const m = sendLogMessagesIn[locale];
  // approvers and admins: the evidence of who was told (Decision 5, as the audit log)
  forbiddenUnlessAny(await requireUser(), ["APPROVER", "ADMIN"]);
  const values = firstValues(await searchParams);
  const filters = Object.fromEntries(filterNames.map((name) => [name, values[name]]));
  const parsed = sendLogQuerySchema.safeParse(values);
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= translateMessage(issue.message, locale);
  const result = parsed.success ? await readSendLogPage(parsed.data) : null;
  if (result && "error" in result) errors[result.error.field] = m.errors[result.error.message];
  const exportQuery = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <SendLogFilterForm values={values} errors={errors} />
      {result && !("error" in result) ? (
        <>
          <StatusCounts counts={result.counts} filters={filters} current={parsed.data?.status} />
          <p role="status">
            {m.total(result.total)}{" "}
            <a href={`/admin/notifications/export.csv${exportQuery ? `?${exportQuery}` : ""}`} download>
              {m.export}
            </a>
          </p>
          {result.rows.length ? <SendLogTable rows={result.rows} /> : <p>{m.none}</p>}
          <SendLogPagination base="/admin/notifications" filters={filters} next={result.next} previous={result.previous} />
        </>
      ) : null}
    </>
  );
}
