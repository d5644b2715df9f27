import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { NOTICES_TAG } from "./tags";

// Which addresses name a published notice, answered before anything is read or
// cached for them. An unknown slug or revision number must cost nothing: no query
// of its own and no entry in the page or data cache (a loop over made-up slugs
// would otherwise fill the disk, one cached 404 per address).

/** Slugs are lower-case words joined by hyphens (the CHECK Notice_slug_format in the migrations). */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 200;

export const isSlug = (value: string): boolean => value.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(value);

/** slug → number of its current published revision, for every notice on the public site. */
const directory = unstable_cache(
  async (): Promise<[string, number][]> => {
    const rows = await db.noticeListing.findMany({ where: { visible: true }, select: { slug: true, revision: { select: { number: true } } } });
    return rows.flatMap((r) => (r.revision.number === null ? [] : [[r.slug, r.revision.number] as [string, number]]));
  },
  ["published-directory"],
  // the tag expires with every publication and withdrawal (revalidateNotice, the freshness loop)
  { tags: [NOTICES_TAG], revalidate: 60 },
);

/**
 * Whether `slug` (and revision `number`, when given) is published: the one check in
 * front of every public read by slug. A malformed slug is answered without a read.
 */
export async function isPublished(slug: string, number?: number): Promise<boolean> {
  if (!isSlug(slug)) return false;
  const current = new Map(await directory()).get(slug);
  return current !== undefined && (number === undefined || (number >= 1 && number <= current));
}
