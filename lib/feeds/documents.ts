import "server-only";
import { ui } from "@/lib/i18n";
import type { Locale } from "@/lib/notices/derive";
import { buildAtomFeed } from "./atom";
import type { Representation } from "./conditional";
import { buildCalendar } from "./ical";
import { loadFeedNotices } from "./load";

/** The Atom feed of every published notice in one language. */
export async function atomFeedDocument(locale: Locale): Promise<Representation> {
  const { notices, lastModified } = await loadFeedNotices();
  return { body: buildAtomFeed(notices, locale, lastModified), lastModified };
}

/** The windows of every published notice. */
export async function calendarDocument(): Promise<Representation> {
  const { notices, lastModified } = await loadFeedNotices();
  return { body: buildCalendar(notices, ui.ja.siteName), lastModified };
}

/** The windows of one published notice, named after it; null when no such notice is public. */
export async function noticeCalendarDocument(slug: string): Promise<Representation | null> {
  const { notices, lastModified } = await loadFeedNotices(slug);
  const notice = notices[0];
  return notice ? { body: buildCalendar([notice], notice.title.ja), lastModified } : null;
}
