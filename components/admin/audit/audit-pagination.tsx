import Link from "next/link";
import { auditMessagesIn } from "@/lib/admin/audit/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function AuditPagination({ values, page, lastPage }: { values: Record<string, string | undefined>; page: number; lastPage: number }) {
  const locale = await consoleLocale();
  const m = auditMessagesIn[locale];
  if (lastPage <= 1) return null;
  const href = (target: number) => {
    const params = new URLSearchParams(Object.entries({ ...values, page: String(target) }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `/admin/audit?${params}`;
  };
  return (
    <nav aria-label={m.pages.nav} className="admin-pagination">
      {page > 1 ? <Link href={href(page - 1)}>{m.pages.previous}</Link> : null}
      <span>{m.pages.current(page, lastPage)}</span>
      {page < lastPage ? <Link href={href(page + 1)}>{m.pages.next}</Link> : null}
    </nav>
  );
}
