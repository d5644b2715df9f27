import "server-only";
import { brandServiceName, readBrand } from "@/lib/brand/site-brand";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { buildAtomFeed } from "./atom";
import type { Representation } from "./conditional";
import { buildCalendar } from "./ical";
import { loadFeedNotices } from "./load";

/** The Atom feed of every published notice in one language. */
export async function atomFeedDocument(locale: Locale): Promise<Representation> {
  const [{ notices, lastModified }, brand] = await Promise.all([loadFeedNotices(), readBrand()]);
  return { body: buildAtomFeed(notices, locale, lastModified, brandServiceName(brand, locale)), lastModified };
}

/** The windows of every published notice, worded in one language. */
export async function calendarDocument(locale: Locale): Promise<Representation> {
  const { notices, lastModified } = await loadFeedNotices();
  return { body: buildCalendar(notices, messages[locale].site.siteName, locale), lastModified };
}

/**
 * The windows of one published notice, named after it; of a withdrawn one, its
 * windows cancelled (a subscribed calendar drops them: ADR 0012); null for any other slug.
 */
export async function noticeCalendarDocument(slug: string, locale: Locale): Promise<Representation | null> {
  const published = await loadFeedNotices(slug);
  const { notices, lastModified } = published.notices.length ? published : await loadFeedNotices(slug, undefined, "WITHDRAWN");
  const notice = notices[0];
  if (!notice) return null;
  const name = locale === "en" && notice.title.en ? notice.title.en : notice.title.ja;
  return { body: buildCalendar([notice], name, locale), lastModified };
}
