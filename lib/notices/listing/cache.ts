import "server-only";
import { unstable_cache } from "next/cache";
import { findNoticePage, indexFacets, type IndexFacets, type NoticePage } from "./listing";
import type { IndexQuery } from "./query";
import { NOTICES_TAG } from "@/lib/notices/published/tags";

// The index's reads through Next's data cache. The filtered index (`/?kind=SCHEDULED`,
// served by the /search route) is rendered per request, so its statuses are exact,
// from data up to a minute old: a burst of visitors on a shared link costs one query
// a minute. The cached `/` reads through it too, so that the tag's revalidation on
// publication also regenerates `/`. Keyword searches are not cached: their keys are
// unbounded (every typed text would be stored) and the trigram index makes each one
// a cheap query. See docs/decisions/0004-search.md.

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
  return {
    ...stored,
    notices: stored.notices.map((n) => ({
      ...n,
      firstPublishedAt: date(n.firstPublishedAt),
      amendment: n.amendment && { ...n.amendment, publishedAt: date(n.amendment.publishedAt) },
      windows: n.windows.map((w) => ({ ...w, startsAt: date(w.startsAt), endsAt: date(w.endsAt) })),
    })),
  };
}
