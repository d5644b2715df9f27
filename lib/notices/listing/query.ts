// The public index's query string (`/?service=webcollect&kind=SCHEDULED&year=2019&page=2`,
// `/?q=本与信`): parsed here, with no database and no React, so that the page, the
// links it prints and the tests agree on one shape. A value that does not parse, or
// names nothing in the catalog, is dropped and reported, never thrown: a shared link
// with a typo still shows notices, and says which condition it ignored.
import { z } from "zod";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { noticeKinds } from "@/lib/notices/content/schema";
import type { NoticeKind } from "@/lib/generated/prisma/enums";

export const INDEX_PAGE_SIZE = 20;
/** Longest accepted search text, and most terms used from it (each term is one ILIKE). */
export const MAX_QUERY_LENGTH = 100;
export const MAX_TERMS = 5;

/** Order of the parameters in every link the index prints. */
export const indexQueryKeys = ["q", "service", "paymentMethod", "channel", "kind", "year", "page"] as const;
export type IndexQueryKey = (typeof indexQueryKeys)[number];

const catalogKey = z.string().max(64).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/** One schema per parameter, so that a bad one is dropped without losing the others. */
export const indexQuerySchema = z.object({
  q: z.string().max(MAX_QUERY_LENGTH),
  service: catalogKey,
  paymentMethod: catalogKey,
  channel: catalogKey,
  // `kind=scheduled` from a hand-written link means the same as SCHEDULED
  kind: z.string().toUpperCase().pipe(z.enum(noticeKinds)),
  year: z.string().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(2000).max(2100)),
  page: z.string().regex(/^\d{1,5}$/).transform(Number).pipe(z.number().int().min(1)),
});

export interface IndexQuery {
  /** the search text as typed (trimmed), for the form */
  q: string | null;
  /** what the database matches: q folded (NFKC, lower case), split on white space */
  terms: string[];
  service: string | null;
  paymentMethod: string | null;
  channel: string | null;
  kind: NoticeKind | null;
  year: number | null;
  page: number;
}

export const emptyIndexQuery: IndexQuery = {
  q: null,
  terms: [],
  service: null,
  paymentMethod: null,
  channel: null,
  kind: null,
  year: null,
  page: 1,
};

/** Why a parameter was ignored: it does not parse, or the catalog has no such key. */
export interface QueryProblem {
  param: IndexQueryKey;
  value: string;
  reason: "invalid" | "unknown";
}

/** The catalog keys a filter may name. */
export interface CatalogKeys {
  services: readonly string[];
  paymentMethods: readonly string[];
  channels: readonly string[];
}

export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * The search terms of a query text, folded as the stored search text is (see the
 * migration notice_index_search): NFKC for full-width letters and half-width kana,
 * then lower case; NFKC also turns the ideographic space into a plain one, so
 * 「本与信　遅延」 is two terms.
 */
export function searchTerms(q: string): string[] {
  const terms = q.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

/**
 * A term for Prisma's `contains`, which wraps it in % … % for LIKE but leaves the
 * term's own % _ and \ as wildcards: escaped here, they match literally.
 */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function parseIndexQuery(params: SearchParams, catalog: CatalogKeys): { query: IndexQuery; problems: QueryProblem[] } {
  const query: IndexQuery = { ...emptyIndexQuery };
  const problems: QueryProblem[] = [];
  const known = { service: catalog.services, paymentMethod: catalog.paymentMethods, channel: catalog.channels };
  for (const param of indexQueryKeys) {
    const raw = first(params[param])?.trim();
    if (!raw) continue; // an empty field of the filter form means "any"
    const parsed = indexQuerySchema.shape[param].safeParse(raw);
    if (!parsed.success) {
      problems.push({ param, value: raw, reason: "invalid" });
      continue;
    }
    const value = parsed.data;
    if (param === "service" || param === "paymentMethod" || param === "channel") {
      if (!known[param].includes(value as string)) problems.push({ param, value: raw, reason: "unknown" });
      else query[param] = value as string;
    } else if (param === "q") {
      query.q = value as string;
      query.terms = searchTerms(value as string);
    } else if (param === "kind") query.kind = value as NoticeKind;
    else if (param === "year") query.year = value as number;
    else query.page = value as number;
  }
  return { query, problems };
}

/** The query string of a query, parameters in a fixed order, without defaults ("" for none). */
export function indexQueryString(query: IndexQuery): string {
  const params = new URLSearchParams();
  for (const key of indexQueryKeys) {
    const value = query[key];
    if (value === null || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The index URL of a query in a locale: "/?kind=SCHEDULED", "/en?page=2". */
export function indexHref(locale: Locale, query: IndexQuery, change: Partial<IndexQuery> = {}): string {
  return localePath(locale, `/${indexQueryString({ ...query, ...change })}`);
}

/** Whether any condition narrows the list (a page number alone does not). */
export const isFiltered = (query: IndexQuery) =>
  query.terms.length > 0 || [query.service, query.paymentMethod, query.channel, query.kind, query.year].some((v) => v !== null);

/**
 * Whether the address carries fields the filter form left empty (`?q=&service=&kind=SCHEDULED`):
 * the page then redirects to the clean, shareable address of the same query.
 */
export function hasEmptyParams(params: SearchParams): boolean {
  return indexQueryKeys.some((key) => {
    const value = first(params[key]);
    return value !== undefined && value.trim() === "";
  });
}

export interface PageRange {
  total: number;
  page: number;
  lastPage: number;
  /** 1-based positions of the first and last notice shown; 0 when none */
  from: number;
  to: number;
}

export function pageRange(total: number, page: number, pageSize = INDEX_PAGE_SIZE): PageRange {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const from = page <= lastPage && total > 0 ? (page - 1) * pageSize + 1 : 0;
  const to = from ? Math.min(total, page * pageSize) : 0;
  return { total, page, lastPage, from, to };
}

/** Page numbers to link: the first, the last and two either side of the current one, gaps elided. */
export function pageNumbers(page: number, lastPage: number): (number | "gap")[] {
  const wanted = new Set([1, lastPage, page - 2, page - 1, page, page + 1, page + 2]);
  const pages = [...wanted].filter((n) => n >= 1 && n <= lastPage).sort((a, b) => a - b);
  return pages.flatMap((n, i) => (i > 0 && n - pages[i - 1]! > 1 ? (["gap", n] as const) : ([n] as const)));
}
