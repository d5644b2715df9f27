import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { indexHref, pageNumbers, type IndexQuery, type PageRange } from "@/lib/notices/listing/query";
import { messages } from "@/lib/i18n/messages";

/** Previous / next (rel="prev" / rel="next") and page numbers, keeping the filters. */
export function IndexPagination({ locale, query, range }: { locale: Locale; query: IndexQuery; range: PageRange }) {
  // one page needs no links, unless the address asked for a page past the end
  if (range.lastPage <= 1 && range.page <= 1) return null;
  const t = messages[locale].index;
  const href = (page: number) => indexHref(locale, query, { page });
  const previous = range.page > 1 ? Math.min(range.page - 1, range.lastPage) : null;
  const next = range.page < range.lastPage ? range.page + 1 : null;
  return (
    <nav aria-label={t.pagination} className="pagination">
      {previous !== null && (
        <Link rel="prev" href={href(previous)} prefetch={false} className="pagination__step">
          {t.previous}
        </Link>
      )}
      <ol className="pagination__pages">
        {pageNumbers(Math.min(range.page, range.lastPage), range.lastPage).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === range.page ? (
                <span aria-current="page" aria-label={t.pageLabel(n)}>
                  {n}
                </span>
              ) : (
                <Link href={href(n)} prefetch={false} aria-label={t.pageLabel(n)}>
                  {n}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {next !== null && (
        <Link rel="next" href={href(next)} prefetch={false} className="pagination__step">
          {t.next}
        </Link>
      )}
    </nav>
  );
}
