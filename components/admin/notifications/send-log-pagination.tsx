import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";

/** Keyset pages: the first, the previous and the next page (a page number would need OFFSET). */
export async function SendLogPagination({ base, filters, next, previous }: { base: string; filters: Record<string, string | undefined>; next: string | null; previous: string | null }) {
  const m = sendLogMessagesIn[await consoleLocale()].pages;
  if (!next && !previous) return null;
  const href = (extra: Record<string, string>) => {
    const params = new URLSearchParams(Object.entries({ ...filters, ...extra }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const query = params.toString();
    return query ? `${base}?${query}` : base;
  };
  return (
    <nav aria-label={m.nav} className="admin-pagination">
      {previous ? <Link href={href({})}>{m.first}</Link> : null}
      {previous ? <Link href={href({ before: previous })}>{m.previous}</Link> : null}
      {next ? <Link href={href({ after: next })}>{m.next}</Link> : null}
    </nav>
  );
}
