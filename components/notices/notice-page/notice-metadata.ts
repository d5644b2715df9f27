import type { Metadata } from "next";
import { formatWindow } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { loadNoticeCached } from "@/lib/notices/published/load-notice-cached";
import { messages } from "@/lib/i18n/messages";
import { siteUrl } from "@/lib/site-url";
import { feedAlternates } from "@/lib/feeds/alternates";

/** Title, description, canonical URL, hreflang alternates and Open Graph of a notice page. */
export async function noticeMetadata(slug: string, locale: Locale, number?: number): Promise<Metadata> {
  const input = await loadNoticeCached(slug, number);
  if (!input) return { title: messages[locale].notFound.noticeTitle };
  const { content } = input;
  const title = locale === "en" && content.title.en ? content.title.en : content.title.ja;
  const description = content.windows.map((w) => formatWindow(w.startsAt, w.endsAt, locale)).join(" / ") || title;
  const path = number ? `/notices/${slug}/revisions/${number}` : `/notices/${slug}`;
  return {
    title,
    description,
    alternates: {
      canonical: siteUrl(localePath(locale, path)),
      languages: { ja: siteUrl(localePath("ja", path)), en: siteUrl(localePath("en", path)), "x-default": siteUrl(localePath("ja", path)) },
      types: feedAlternates(locale, slug),
    },
    openGraph: { title, description, type: "article", locale: locale === "ja" ? "ja_JP" : "en_GB", url: siteUrl(localePath(locale, path)) },
    robots: number ? { index: false } : undefined,
  };
}
