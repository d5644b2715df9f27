// The Atom feeds (/feed.xml, /en/feed.xml): one entry per published notice, dated
// by the latest amendment readers are told about (a 表記修正 does not move it, so
// feed readers do not flag a typo fix as news), built with the `feed` package.
import { Feed } from "feed";
import { formatWindow } from "@/lib/format";
import { sectionAmendedMarker, titleSuffix } from "@/lib/notices/derive";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { siteUrl } from "@/lib/site-url";
import type { FeedNotice } from "./feed-notice";
import { atomId } from "./ids";

// The package writes title and summary as type="html" in CDATA: they are HTML, so text is escaped.
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const pick = (text: { ja: string; en: string | null }, locale: Locale) => (locale === "en" && text.en ? text.en : text.ja);

/** "「…」のお知らせ ※7/23 追記あり": the title as the index shows it. */
export function entryTitle(notice: FeedNotice, locale: Locale): string {
  const suffix = titleSuffix(notice.amendment, locale);
  return suffix ? `${pick(notice.title, locale)} ${suffix}` : pick(notice.title, locale);
}

/** The amendment (when amended), the kind and every window, as short HTML paragraphs. */
export function entrySummary(notice: FeedNotice, locale: Locale): string {
  const windows = notice.windows.map((w) => {
    const text = formatWindow(w.startsAt, w.endsAt, locale);
    return w.status === "CANCELLED" ? `${text} (${messages[locale].amendments.CANCELLATION})` : text;
  });
  const paragraphs = [
    notice.amendment && `${sectionAmendedMarker(notice.amendment, locale)} ${pick(notice.amendment.summary, locale)}`,
    messages[locale].kinds[notice.kind],
    windows.length ? `${messages[locale].site.window}: ${windows.join(" / ")}` : null,
  ];
  return paragraphs.flatMap((p) => (p ? [`<p>${escapeHtml(p)}</p>`] : [])).join("");
}

/** `serviceName`: the brand's service name in `locale` (lib/brand/site-brand.ts). */
export function buildAtomFeed(notices: FeedNotice[], locale: Locale, lastModified: Date | null, serviceName: string): string {
  const sorted = [...notices].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.slug.localeCompare(b.slug));
  // the feed's own date follows its entries; an empty feed falls back to when the list last changed
  const updated = sorted[0]?.updatedAt ?? lastModified ?? new Date(0);
  const feed = new Feed({
    id: atomId(localePath(locale, "/feed").slice(1)),
    title: messages[locale].site.siteName,
    description: messages[locale].site.siteTagline(serviceName),
    link: siteUrl(localePath(locale, "/")),
    feedLinks: { atom: siteUrl(localePath(locale, "/feed.xml")) },
    updated,
    generator: false,
  });
  for (const notice of sorted) {
    const path = localePath(locale, `/notices/${notice.slug}`);
    feed.addItem({
      id: atomId(path.slice(1)),
      title: escapeHtml(entryTitle(notice, locale)),
      link: siteUrl(path),
      date: notice.updatedAt,
      published: notice.firstPublishedAt,
      description: entrySummary(notice, locale),
      author: [{ name: pick(notice.issuer, locale) }],
      category: [{ term: notice.kind.toLowerCase(), name: messages[locale].kinds[notice.kind] }],
    });
  }
  return feed.atom1();
}
