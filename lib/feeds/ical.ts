// The calendars (/calendar.ics, /notices/{slug}/calendar.ics): one event per
// maintenance window, built with the `ics` package. A subscribed calendar updates
// an event it already has only when the UID matches and SEQUENCE rose, so the UID
// follows the window's stable key and SEQUENCE counts the amendments readers were
// told about (a 表記修正 changes neither, as it notifies nobody: Decision 4).
import { createEvents, type EventAttributes } from "ics";
import { formatWindowJa } from "@/lib/format";
import { amendmentLabels, sectionAmendedMarker } from "@/lib/notices/derive";
import { siteUrl } from "@/lib/site-url";
import { stripControlCharacters } from "@/lib/text/control-characters";
import type { FeedNotice } from "./feed-notice";
import { ID_DOMAIN, windowUid } from "./ids";

const PRODUCT_ID = `-//${ID_DOMAIN}//Maintenance notices//JA`;

// `ics` accepts DTSTAMP as `timestamp` but its types omit it; without it every
// request would stamp "now" and no two bodies (and ETags) would ever be equal.
type StampedEvent = EventAttributes & { timestamp: number };

export function windowEvents(notice: FeedNotice): StampedEvent[] {
  const url = siteUrl(`/notices/${notice.slug}`);
  const revised = notice.updatedAt.getTime();
  return notice.windows.map((w) => {
    const cancelled = w.status === "CANCELLED";
    const description = [
      `${formatWindowJa(w.startsAt, w.endsAt)}${cancelled ? ` (${amendmentLabels.CANCELLATION.ja})` : ""}`,
      notice.amendment && `${sectionAmendedMarker(notice.amendment, "ja")} ${notice.amendment.summary.ja}`,
      url,
    ];
    return {
      uid: windowUid(notice.slug, w.key),
      sequence: notice.visibleAmendments,
      // RFC 5545 TEXT allows no control character but TAB; `ics` escapes LF (and CRLF)
      // as \n but passes a lone CR through, which clients read as the end of the line
      title: stripControlCharacters(notice.title.ja),
      description: stripControlCharacters(description.filter(Boolean).join("\n")),
      url,
      start: w.startsAt.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: w.endsAt.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      status: cancelled ? "CANCELLED" : "CONFIRMED",
      // an outage elsewhere does not make the subscriber busy
      transp: "TRANSPARENT",
      created: notice.firstPublishedAt.getTime(),
      lastModified: revised,
      // the revision's date, not the request's: see StampedEvent
      timestamp: revised,
    };
  });
}

/** An iCalendar of every window of these notices, in start order. */
export function buildCalendar(notices: FeedNotice[], name: string): string {
  const events = notices
    .flatMap(windowEvents)
    .sort((a, b) => Number(a.start) - Number(b.start) || a.uid!.localeCompare(b.uid!));
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: "PUBLISH", calName: stripControlCharacters(name) });
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
