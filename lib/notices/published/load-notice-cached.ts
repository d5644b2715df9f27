import "server-only";
import { cache } from "react";
import { unstable_cache } from "next/cache";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { isPublished } from "./directory";
import { loadNotice } from "./load-notice";
import { NOTICES_TAG, noticeTag } from "./tags";
import type { NoticeInput } from "@/lib/notices/page/view";

// Public pages render per request (their status — upcoming, in progress, past —
// must be right at a window's edge), but read notices from Next's data cache, not
// from the database: a query at most once a minute per notice and instance, and
// at once after a publication (revalidateNotice). See ADR 0005.


type Cached = Awaited<ReturnType<typeof loadNotice>>;

/** The data cache stores JSON: Dates come back as strings and are revived here. */
function revive(raw: NonNullable<Cached>): NoticeInput {
  return {
    ...raw,
    publishedAt: new Date(raw.publishedAt),
    content: revisionContentSchema.parse(raw.content),
    history: raw.history.map((h) => ({ ...h, publishedAt: new Date(h.publishedAt) })),
  };
}

async function loadFromDataCache(slug: string, number?: number): Promise<NoticeInput | null> {
  // an unknown address gets no cache entry of its own
  if (!(await isPublished(slug, number))) return null;
  const load = unstable_cache(() => loadNotice(slug, number), ["notice", slug, number ? String(number) : "current"], {
    tags: [NOTICES_TAG, noticeTag(slug)],
    revalidate: 60,
  });
  const raw = await load();
  return raw ? revive(raw) : null;
}

/** One read per request, shared by generateMetadata and the page. */
export const loadNoticeCached = cache(loadFromDataCache);
