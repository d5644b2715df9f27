import "server-only";
import { z } from "zod";
import { frozenNamesSchema, type CatalogName } from "@/lib/affected/types";
import { db } from "@/lib/db";
import { jstParts } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import { escapeLike, INDEX_PAGE_SIZE, splitTerms, type CatalogKeys, type IndexQuery } from "./query";

// Reads of the public index. The database filters, searches, sorts and pages: the
// NoticeListing and RevisionSearch rows that the migration's triggers keep for every
// published notice (docs/decisions/0004-search.md), so a page costs the same two
// queries with ten notices or ten thousand. Nothing here depends on the time: the
// status (upcoming, in progress, past) is derived when the page is rendered.

export interface CatalogEntry {
  key: string;
  nameJa: string;
  nameEn: string | null;
}

/** What the filter form offers. */
export interface IndexFacets {
  services: CatalogEntry[];
  paymentMethods: CatalogEntry[];
  channels: CatalogEntry[];
  /** newest first */
  years: number[];
}

export interface NoticeSummary {
  slug: string;
  kind: NoticeKind;
  title: { ja: string; en: string | null };
  windows: { key: string; startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[];
  /** null where it is unknown (a backfill whose letter states no date) */
  firstPublishedAt: Date | null;
  /** the latest amendment readers are told about (not 表記修正); its date null where unknown */
  amendment: { type: AmendmentType; publishedAt: Date | null } | null;
  /** the latest such amendment that changed the windows (derive.ts windowAmendment) */
  windowAmendmentType: AmendmentType | null;
  serviceKeys: string[];
  /** those services' names as published (Decision 2) */
  serviceNames: CatalogName[];
}

export interface NoticePage {
  total: number;
  page: number;
  pageSize: number;
  notices: NoticeSummary[];
}

export const catalogKeys = (facets: IndexFacets): CatalogKeys => ({
  services: facets.services.map((s) => s.key),
  paymentMethods: facets.paymentMethods.map((p) => p.key),
  channels: facets.channels.map((c) => c.key),
});

export async function indexFacets(): Promise<IndexFacets> {
  // archived entries stay: old notices name them, and old shared links filter by them
  const entries = { select: { key: true, nameJa: true, nameEn: true }, orderBy: [{ sortOrder: "asc" as const }, { key: "asc" as const }] };
  const [services, paymentMethods, channels, span] = await Promise.all([
    db.service.findMany(entries),
    db.paymentMethod.findMany(entries),
    db.channel.findMany(entries),
    // from the (visible, sortAt) index: two index probes, however many notices
    db.noticeListing.aggregate({ where: { visible: true }, _min: { sortAt: true }, _max: { sortAt: true } }),
  ]);
  const years: number[] = [];
  if (span._min.sortAt && span._max.sortAt)
    for (let y = jstParts(span._max.sortAt).year; y >= jstParts(span._min.sortAt).year; y--) years.push(y);
  return { services, paymentMethods, channels, years };
}

/** The one where-clause of a query: the index, the search page and the JSON API (lib/api) all filter with it. */
export function listingWhere(query: IndexQuery): Prisma.NoticeListingWhereInput {
  return {
    visible: true,
    ...(query.kind && { kind: query.kind }),
    ...(query.year && { years: { has: query.year } }),
    ...(query.service && { serviceKeys: { has: query.service } }),
    ...(query.paymentMethod && { paymentMethodKeys: { has: query.paymentMethod } }),
    ...(query.channel && { channelKeys: { has: query.channel } }),
    ...termsWhere(query.terms),
  };
}

/**
 * Every term somewhere in the current revision's text, both folded to lower case.
 * A term of one or two characters is one of the listing's grams (exact, and its GIN
 * index reads no document); a longer one is a plain LIKE on the document, helped by
 * the trigram index (docs/decisions/0004-search.md).
 */
function termsWhere(terms: string[]): Prisma.NoticeListingWhereInput {
  const { short, long } = splitTerms(terms);
  return {
    ...(short.length > 0 && { grams: { hasEvery: short } }),
    ...(long.length > 0 && { revision: { search: { AND: long.map((term) => ({ document: { contains: escapeLike(term) } })) } } }),
  };
}

const storedWindows = z.array(
  z.object({ key: z.string(), startsAt: z.coerce.date(), endsAt: z.coerce.date(), status: z.enum(["SCHEDULED", "CANCELLED"]) }),
);

/** The services' names a revision was published with; a key it did not name is left out. */
function frozenServiceNames(keys: string[], names: unknown): CatalogName[] {
  const services = names ? frozenNamesSchema.parse(names).services : {};
  return keys.flatMap((key) => (services[key] ? [services[key]] : []));
}

/** One page of published notices matching the query, newest first, and how many match in all. */
export async function findNoticePage(query: IndexQuery, pageSize = INDEX_PAGE_SIZE): Promise<NoticePage> {
  const where = listingWhere(query);
  const [rows, total] = await Promise.all([
    db.noticeListing.findMany({
      where,
      // the notice id breaks ties so that pages never overlap
      orderBy: [{ sortAt: "desc" }, { noticeId: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        slug: true,
        kind: true,
        titleJa: true,
        titleEn: true,
        windows: true,
        firstPublishedAt: true,
        amendmentType: true,
        amendedAt: true,
        windowAmendmentType: true,
        serviceKeys: true,
        revision: { select: { impact: { select: { names: true } } } },
      },
    }),
    db.noticeListing.count({ where }),
  ]);
  const notices = rows.map(
    (row): NoticeSummary => ({
      slug: row.slug,
      kind: row.kind,
      title: { ja: row.titleJa, en: row.titleEn },
      windows: storedWindows.parse(row.windows),
      firstPublishedAt: row.firstPublishedAt,
      amendment: row.amendmentType ? { type: row.amendmentType, publishedAt: row.amendedAt } : null,
      windowAmendmentType: row.windowAmendmentType,
      serviceKeys: row.serviceKeys,
      serviceNames: frozenServiceNames(row.serviceKeys, row.revision.impact?.names),
    }),
  );
  return { total, page: query.page, pageSize, notices };
}
