import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locale";
import { markdownPlainText } from "@/lib/notices/page/markdown";
import { holdsAnyTerm, searchExcerpt, type Excerpt, type SearchText } from "./excerpt";
import type { NoticeSummary } from "./listing";

// The excerpts of a page of keyword-search results. The texts come from
// revision_search_texts, the SQL function the stored search document is folded
// from, so the excerpt shows where the search matched. One query for the page.

/** The reader's language first, then texts in no language (API field names), then the other language. */
const rank = (lang: SearchText["lang"], locale: Locale) => (lang === locale ? 0 : lang === null ? 1 : 2);

/** Excerpt of each listed notice's current revision, by slug (none for a notice whose only hit is its title, shown already). */
export async function searchExcerpts(notices: NoticeSummary[], terms: string[], locale: Locale): Promise<Map<string, Excerpt>> {
  const excerpts = new Map<string, Excerpt>();
  if (notices.length === 0 || terms.length === 0) return excerpts;
  const rows = await db.$queryRaw<{ slug: string; lang: SearchText["lang"]; body: string }[]>`
    SELECT l."slug", x."lang", x."body"
      FROM "NoticeListing" l CROSS JOIN LATERAL revision_search_texts(l."revisionId") WITH ORDINALITY AS x("lang", "body", "n")
     WHERE l."visible" AND l."slug" IN (${Prisma.join(notices.map((n) => n.slug))})
     ORDER BY l."slug", x."n"`;
  for (const notice of notices) {
    const titles = [notice.title.ja, notice.title.en];
    const texts = rows
      .filter((r) => r.slug === notice.slug && !titles.includes(r.body) && holdsAnyTerm(r.body, terms))
      .sort((a, b) => rank(a.lang, locale) - rank(b.lang, locale))
      // Markdown only now, for the few texts that hold a term
      .map((r) => ({ lang: r.lang, body: markdownPlainText(r.body) }));
    const excerpt = searchExcerpt(texts, terms);
    if (excerpt) excerpts.set(notice.slug, excerpt);
  }
  return excerpts;
}
