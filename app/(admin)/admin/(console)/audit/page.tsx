import type { Metadata } from "next";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditPagination } from "@/components/admin/audit/audit-pagination";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { auditMessagesIn } from "@/lib/admin/audit/messages";
import { auditQuerySchema, firstValues } from "@/lib/admin/audit/query";
import { auditFilterChoices, readAuditPage } from "@/lib/admin/audit/read";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { translateMessage } from "@/lib/i18n/console/error-catalog";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: auditMessagesIn[await consoleLocale()].title };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = await consoleLocale();
  const m = auditMessagesIn[locale];
  // approvers and admins (Decision 5)
  forbiddenUnlessAny(await requireUser(), ["APPROVER", "ADMIN"]);
  const values = firstValues(await searchParams);
  const parsed = auditQuerySchema.safeParse(values);
  const choices = await auditFilterChoices();
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= translateMessage(issue.message, locale);
  const result = parsed.success ? await readAuditPage(parsed.data) : null;
  if (result && "error" in result && result.error) errors[result.error.field] = m.errors[result.error.message];
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <AuditFilterForm values={values} errors={errors} choices={choices} />
      {result && !("error" in result) ? (
        <>
          <p role="status">{m.count(result.total)}</p>
          {result.events.length ? <AuditTable events={result.events} /> : <p>{m.none}</p>}
          <AuditPagination values={values} page={parsed.data!.page} lastPage={result.lastPage} />
        </>
      ) : null}
    </>
  );
}
