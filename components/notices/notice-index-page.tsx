import { redirect } from "next/navigation";
import Link from "next/link";
import { now } from "@/lib/clock";
import { formatDateEn, formatDateJa, jstParts } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { cachedIndexFacets, cachedNoticePage, searchedNoticePage } from "@/lib/notices/listing/cache";
import { catalogKeys } from "@/lib/notices/listing/listing";
import {
  emptyIndexQuery,
  hasEmptyParams,
  indexHref,
  indexQueryString,
  isFiltered,
  pageRange,
  parseIndexQuery,
  type SearchParams,
} from "@/lib/notices/listing/query";
import { Phrases } from "@/components/site/phrases";
import { SiteShell } from "@/components/site/site-shell";
import { IndexFilterForm } from "./index-filter-form";
import { IndexPagination } from "./index-pagination";
import { NoticeList } from "./notice-list";
import "./notice-index.css";
import { messages } from "@/lib/i18n/messages";

function asOf(at: Date, locale: Locale): string {
  const { hour, minute } = jstParts(at);
  const time = `${hour}:${String(minute).padStart(2, "0")}`;
  return locale === "ja" ? `${formatDateJa(at)} ${time}` : `${formatDateEn(at)}, ${time} JST`;
}

/**
 * The notice index. Without `searchParams` it is the cached `/` (and `/en`, ISR),
 * regenerated at most once a minute. With them it is the filtered or searched index
 * that next.config.ts rewrites `/?…` to, rendered per request. Reads go through the
 * data cache, keyword searches through a short cache in memory (docs/decisions/0004-search.md).
 */
export async function NoticeIndexPage({ locale, searchParams }: { locale: Locale; searchParams?: SearchParams }) {
  const facets = await cachedIndexFacets();
  const { query, problems } = searchParams ? parseIndexQuery(searchParams, catalogKeys(facets)) : { query: emptyIndexQuery, problems: [] };
  // the form sends its empty fields too: show the clean, shareable address instead
  // (unless something was wrong, which the page must say)
  if (searchParams && hasEmptyParams(searchParams) && problems.length === 0) redirect(indexHref(locale, query));
  const searched = query.terms.length > 0 ? await searchedNoticePage(query, locale) : null;
  const data = searched ? searched.page : await cachedNoticePage(query);
  const excerpts = searched?.excerpts;
  const range = pageRange(data.total, data.page, data.pageSize);
  const at = now();
  const t = messages[locale].index;
  return (
    <SiteShell locale={locale} alternatePath={`/${indexQueryString(query)}`}>
      <h1 className="page-title">
        <Phrases text={messages[locale].site.noticesHeading} />
      </h1>
      <IndexFilterForm locale={locale} query={query} facets={facets} />
      {problems.length > 0 && (
        // the role on a wrapper: on the <ul> itself it would take the list semantics away
        <div role="status">
          <ul className="index-problems">
            {problems.map((p) => (
              <li key={p.param}>{t.problem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="index-summary">
        {query.q && <p className="index-summary__search">{t.searching(query.q)}</p>}
        {range.total === 0 && isFiltered(query) ? (
          <p>
            {t.none} <Link href={localePath(locale, "/")}>{t.clear}</Link>
          </p>
        ) : (
          <p>{range.total === 0 ? messages[locale].site.noNotices : range.from ? t.range(range.total, range.from, range.to) : t.beyond(range.lastPage)}</p>
        )}
        {/* the statuses are as old as this page: say so, the cached `/` may be a minute old */}
        <p className="index-summary__as-of">{t.asOf(asOf(at, locale))}</p>
      </div>
      <NoticeList
        notices={data.notices}
        at={at}
        locale={locale}
        excerpts={excerpts}
        // the newest come first, so page 1 holds every upcoming notice there is
        noUpcoming={range.total > 0 && data.page === 1 ? (isFiltered(query) ? t.noUpcomingFiltered : t.noUpcoming) : null}
      />
      <IndexPagination locale={locale} query={query} range={range} />
    </SiteShell>
  );
}
