import "server-only";
import { LRUCache } from "lru-cache";
import { unstable_cache } from "next/cache";
import { findNoticePage, indexFacets, type IndexFacets, type NoticePage } from "./listing";
import { indexQueryString, type IndexQuery } from "./query";
import { NOTICES_TAG } from "@/lib/notices/published/tags";
import type { Locale } from "@/lib/i18n/locale";
import type { Excerpt } from "./excerpt";
import { searchExcerpts } from "./excerpts";

// The index's reads through Next's data cache. The filtered index (`/?kind=SCHEDULED`,
// served by the /search route) is rendered per request, so its statuses are exact,
// from data up to a minute old: a burst of visitors on a shared link costs one query
// a minute. The cached `/` reads through it too, so that the tag's revalidation on
// publication also regenerates `/`. Keyword searches are kept apart, in this
// process's memory (below). See docs/decisions/0004-search.md.

// revalidateNotice (lib/freshness/revalidate.ts) expires this tag when a notice is
// published, amended or withdrawn; 60 s bounds it across instances with separate caches
const options = { revalidate: 60, tags: [NOTICES_TAG] };

const facets = unstable_cache(indexFacets, ["notice-index-facets"], options);
// the query is part of the cache key (unstable_cache keys on its arguments)
const page = unstable_cache((query: IndexQuery) => findNoticePage(query), ["notice-index-page"], options);

export const cachedIndexFacets = (): Promise<IndexFacets> => facets();

/** The cache stores JSON: dates come back as strings (or as Dates, on the request that filled it). */
export async function cachedNoticePage(query: IndexQuery): Promise<NoticePage> {
  const stored = await page(query);
  const date = (value: Date | string) => new Date(value);
  const maybeDate = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...stored,
    notices: stored.notices.map((n) => ({
      ...n,
      firstPublishedAt: maybeDate(n.firstPublishedAt),
      amendment: n.amendment && { ...n.amendment, publishedAt: maybeDate(n.amendment.publishedAt) },
      windows: n.windows.map((w) => ({ ...w, startsAt: date(w.startsAt), endsAt: date(w.endsAt) })),
    })),
  };
}

// Keyword searches. Their keys are unbounded (every text anyone types), so they stay
// out of Next's data cache, which keeps every entry on disk; but a search everyone
// makes during an outage (「メンテナンス」, in nearly every notice) reads and checks
// every document, a hundred milliseconds with 10,000 notices. A bounded LRU in
// memory, for the same minute as the rest of the index, makes a burst of the same
// search cost one query: concurrent misses share it. revalidateNotice clears it, so a
// publication shows at once in this process (within the minute in others).
// SEARCH_CACHE_SIZE sets how many searches are kept (0: none, for the benchmark's
// uncached figures).
const SEARCH_TTL_MS = 60_000;
const searchCacheSize = Number(process.env.SEARCH_CACHE_SIZE ?? 500);

/** A page of keyword-search results with the excerpt of each (in the reader's language first). */
export interface SearchedPage {
  page: NoticePage;
  excerpts: Map<string, Excerpt>;
}
interface SearchContext {
  query: IndexQuery;
  locale: Locale;
}

// The excerpts are kept with their page: they cost more than the page itself (each
// listed revision's texts, Markdown stripped), 15–25 ms a request with 10,000 notices.
async function search({ query, locale }: SearchContext): Promise<SearchedPage> {
  const page = await findNoticePage(query);
  return { page, excerpts: await searchExcerpts(page.notices, query.terms, locale) };
}

type SearchCache = LRUCache<string, SearchedPage, SearchContext>;
// on globalThis: route bundles may each load this module, the cache is one per process
const holder = globalThis as unknown as { noticeSearchCache?: SearchCache };
const searches =
  searchCacheSize > 0
    ? (holder.noticeSearchCache ??= new LRUCache<string, SearchedPage, SearchContext>({
        max: searchCacheSize,
        ttl: SEARCH_TTL_MS,
        fetchMethod: (_key, _stale, { context }) => search(context),
      }))
    : null;

/** One page of a keyword search with its excerpts, from memory when the same search ran within the minute. */
export async function searchedNoticePage(query: IndexQuery, locale: Locale): Promise<SearchedPage> {
  const context = { query, locale };
  if (!searches) return search(context);
  // the canonical address of the query (the same search, filters and page, however the
  // address spelled them), in the reader's language: the excerpts depend on it
  try {
    return (await searches.fetch(`${locale} ${indexQueryString(query)}`, { context }))!;
  } catch (error) {
    // a publication cleared the cache while this search ran: lru-cache then rejects the
    // waiting fetch ("deleted"). What it read may predate the publication, so nothing is
    // kept: this reader gets a search of its own, after the clear.
    if (error instanceof Error && (error.message === "deleted" || error.message === "evicted")) return search(context);
    throw error;
  }
}

/** Forgets every kept search: a publication may have changed any of them. */
export function clearSearchCache(): void {
  searches?.clear();
}
