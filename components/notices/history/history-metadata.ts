import type { Metadata } from "next";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { loadHistoryCached } from "@/lib/notices/history/load-history";
import { siteUrl } from "@/lib/site-url";
import { feedAlternates } from "@/lib/feeds/alternates";
import { messages } from "@/lib/i18n/messages";

/** Title, canonical URL and hreflang alternates of a notice's history page. */
export async function historyMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const input = await loadHistoryCached(slug);
  if (!input) return { title: messages[locale].notFound.noticeTitle };
  const title = input.revisions.at(-1)!.content.title;
  const path = `/notices/${slug}/history`;
  return {
    title: messages[locale].history.metaTitle(locale === "en" && title.en ? title.en : title.ja),
    alternates: {
      canonical: siteUrl(localePath(locale, path)),
      languages: { ja: siteUrl(localePath("ja", path)), en: siteUrl(localePath("en", path)), "x-default": siteUrl(localePath("ja", path)) },
      types: feedAlternates(locale, slug),
    },
  };
}
