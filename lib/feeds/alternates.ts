// The <link rel="alternate"> of every public page: the Atom feed and the calendar
// in the page's language, and on a page about one notice that notice's own
// calendar, so that feed readers and calendar apps find them from any page. Paths
// stay relative (no metadataBase): the browser resolves them against the page.
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

export interface AlternateLink {
  url: string;
  title: string;
}

/** For Next's `metadata.alternates.types` (which a page's own `alternates` replaces whole: pass it there too). */
export function feedAlternates(locale: Locale, slug?: string): Record<"application/atom+xml" | "text/calendar", AlternateLink[]> {
  const t = messages[locale].site;
  return {
    "application/atom+xml": [{ url: localePath(locale, "/feed.xml"), title: t.feedTitle }],
    "text/calendar": [
      { url: localePath(locale, "/calendar.ics"), title: t.calendarTitle },
      ...(slug ? [{ url: localePath(locale, `/notices/${slug}/calendar.ics`), title: t.noticeCalendarTitle }] : []),
    ],
  };
}
