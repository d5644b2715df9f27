// The calendars (/calendar.ics, /notices/{slug}/calendar.ics): one event per
// maintenance window, built with the `ics` package. A subscribed calendar updates
// an event it already has only when the UID matches and SEQUENCE rose, so the UID
// follows the window's stable key and SEQUENCE counts the amendments readers were
// told about (a 表記修正 changes neither, as it notifies nobody: Decision 4).
import { createEvents, type EventAttributes } from "ics";
import { formatWindow } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { sectionAmendedMarker } from "@/lib/notices/derive";
import { affectedEntries } from "@/lib/affected/labels";
import { siteUrl } from "@/lib/site-url";
import { stripControlCharacters } from "@/lib/text/control-characters";
import type { FeedNotice } from "./feed-notice";
import { ID_DOMAIN, windowUid } from "./ids";
import { messages } from "@/lib/i18n/messages";

const productId = (locale: Locale) => `-//${ID_DOMAIN}//Maintenance notices//${locale.toUpperCase()}`;

// `ics` accepts DTSTAMP as `timestamp` but its types omit it; without it every
// request would stamp "now" and no two bodies (and ETags) would ever be equal.
type StampedEvent = EventAttributes & { timestamp: number };

/** RFC 5545 TEXT escaping for one category: `ics` joins them with commas and escapes nothing. */
// a catalog name is staff-written text too: no control character reaches the calendar
const categoryText = (name: string) => stripControlCharacters(name).replace(/[\\;,]/g, (c) => `\\${c}`);

/** The events of a notice's windows, worded in `locale` (the UIDs are the same in both languages). */
export function windowEvents(notice: FeedNotice, locale: Locale = "ja"): StampedEvent[] {
  const url = siteUrl(localePath(locale, `/notices/${notice.slug}`));
  const pick = (text: { ja: string; en: string | null }) => (locale === "en" && text.en ? text.en : text.ja);
  // what the notice stops or degrades (lib/affected), by the names it was published with
  const categories = affectedEntries(notice.impact, locale).map((e) => categoryText(e.name));
  // DTSTAMP is required: where the date is unknown, the instant the notice appeared here
  // A withdrawn notice cancels every window, as news after the last amendment: a higher
  // SEQUENCE, stamped at the withdrawal (ADR 0012)
  const withdrawn = notice.withdrawnAt;
  const revised = (withdrawn ?? notice.stampedAt).getTime();
  return notice.windows.map((w) => {
    const cancelled = w.status === "CANCELLED" || withdrawn !== null;
    const why = withdrawn ? messages[locale].withdrawn.calendar : messages[locale].amendments.CANCELLATION;
    const description = [
      `${formatWindow(w.startsAt, w.endsAt, locale)}${cancelled ? ` (${why})` : ""}`,
      notice.amendment && `${sectionAmendedMarker(notice.amendment, locale)} ${pick(notice.amendment.summary)}`,
      url,
    ];
    return {
      uid: windowUid(notice.slug, w.key),
      sequence: notice.visibleAmendments + (withdrawn ? 1 : 0),
      // RFC 5545 TEXT allows no control character but TAB; `ics` escapes LF (and CRLF)
      // as \n but passes a lone CR through, which clients read as the end of the line
      title: stripControlCharacters(pick(notice.title)),
      description: stripControlCharacters(description.filter(Boolean).join("\n")),
      url,
      ...(categories.length ? { categories } : {}),
      start: w.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: w.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      status: cancelled ? "CANCELLED" : "CONFIRMED",
      // an outage elsewhere does not make the subscriber busy
      transp: "TRANSPARENT",
      // CREATED is optional: left out where the letter states no date
      ...(notice.firstPublishedAt ? { created: notice.firstPublishedAt.getTime() } : {}),
      lastModified: revised,
      // the revision's date, not the request's: see StampedEvent
      timestamp: revised,
    };
  });
}

/** An iCalendar of every window of these notices, in start order. */
export function buildCalendar(notices: FeedNotice[], name: string, locale: Locale = "ja"): string {
  const events = notices
    .flatMap((notice) => windowEvents(notice, locale))
    .sort((a, b) => Number(a.start) - Number(b.start) || a.uid!.localeCompare(b.uid!));
  const { error, value } = createEvents(events, { productId: productId(locale), method: "PUBLISH", calName: stripControlCharacters(name) });
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return foldOctets(value);
}

const encoder = new TextEncoder();

const CONTROL_BUT_TAB = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g;

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1). `ics` folds at 75
 * characters, which is up to 225 octets of Japanese; some clients truncate those.
 * Folds never split a character: continuation lines start with one space.
 * Being the last pass, it also drops any control character left inside a line (a
 * key or URL the texts' cleaning did not see), so no bare CR or LF survives.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((raw) => {
      const line = raw.replace(CONTROL_BUT_TAB, "");
      const parts: string[] = [];
      let part = "";
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // the first line may hold 75 octets, continuations 74 after their leading space
        if (octets + size > (parts.length ? 74 : 75)) {
          parts.push(part);
          part = "";
          octets = 0;
        }
        part += char;
        octets += size;
      }
      parts.push(part);
      return parts.join("\r\n ");
    })
    .join("\r\n");
}
