// The Atom feeds (/feed.xml, /en/feed.xml): one entry per published notice, dated
// by the latest amendment readers are told about (a 表記修正 does not move it, so
// feed readers do not flag a typo fix as news), built with the `feed` package.
import { Feed } from "feed";
import { formatWindow } from "@/lib/format";
import { sectionAmendedMarker, titleSuffix } from "@/lib/notices/derive";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { affectedEntries } from "@/lib/affected/labels";
import { siteUrl } from "@/lib/site-url";
import { stripControlCharacters } from "@/lib/text/control-characters";
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

// XML 1.0 (§2.2) has no place for most C0 characters, U+FFFE, U+FFFF or lone
// surrogates: one of them anywhere and a conforming reader rejects the whole feed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * The feed as well-formed XML whatever the texts hold. The write schemas refuse
 * control characters, but a row written before them or by hand must not take every
 * subscriber's feed down: they are dropped here, from the output as a whole, since
 * the markup itself never contains one.
 */
export const wellFormedXml = (xml: string) => stripControlCharacters(xml).replace(NOT_XML_CHAR, "");

/** `serviceName`: the brand's service name in `locale` (lib/brand/site-brand.ts). */
export function buildAtomFeed(notices: FeedNotice[], locale: Locale, lastModified: Date | null, serviceName: string): string {
  const sorted = [...notices].sort((a, b) => b.stampedAt.getTime() - a.stampedAt.getTime() || a.slug.localeCompare(b.slug));
  // the feed's own date follows its entries; an empty feed falls back to when the list last changed
  const updated = sorted[0]?.stampedAt ?? lastModified ?? new Date(0);
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
      // Atom requires `updated`: where the date is unknown, the instant the entry appeared here
      date: notice.stampedAt,
      // `published` is optional: left out where the letter states no date
      published: notice.firstPublishedAt ?? undefined,
      description: entrySummary(notice, locale),
      author: [{ name: pick(notice.issuer, locale) }],
      category: [
        { term: notice.kind.toLowerCase(), name: messages[locale].kinds[notice.kind] },
        // what the notice stops or degrades (lib/affected), under the names it was published with
        ...affectedEntries(notice.impact, locale).map((e) => ({ term: e.key, scheme: atomId(`catalog/${e.kind}`), name: e.name })),
      ],
    });
  }
  return wellFormedXml(feed.atom1());
}
