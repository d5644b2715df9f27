// The calendars (/calendar.ics, /notices/{slug}/calendar.ics): one event per
// maintenance window, built with the `ics` package. A subscribed calendar updates
// an event it already has only when the UID matches and SEQUENCE rose, so the UID
// follows the window's stable key and SEQUENCE counts the amendments readers were
// told about (a 表記修正 changes neither, as it notifies nobody: Decision 4).
import { createEvents, type EventAttributes } from "ics";
import { formatWindowJa } from "@/lib/format";
import { amendmentLabels, sectionAmendedMarker } from "@/lib/notices/derive";
import { affectedEntries } from "@/lib/affected/labels";
import { siteUrl } from "@/lib/site-url";
import type { FeedNotice } from "./feed-notice";
import { ID_DOMAIN, windowUid } from "./ids";

const PRODUCT_ID = `-//${ID_DOMAIN}//Maintenance notices//JA`;

// `ics` accepts DTSTAMP as `timestamp` but its types omit it; without it every
// request would stamp "now" and no two bodies (and ETags) would ever be equal.
type StampedEvent = EventAttributes & { timestamp: number };

/** RFC 5545 TEXT escaping for one category: `ics` joins them with commas and escapes nothing. */
const categoryText = (name: string) => name.replace(/[\\;,]/g, (c) => `\\${c}`);

export function windowEvents(notice: FeedNotice): StampedEvent[] {
  const url = siteUrl(`/notices/${notice.slug}`);
  // what the notice stops or degrades (lib/affected), by the names it was published with
  const categories = affectedEntries(notice.impact, "ja").map((e) => categoryText(e.name));
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
      title: notice.title.ja,
      description: description.filter(Boolean).join("\n"),
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
  const { error, value } = createEvents(events, { productId: PRODUCT_ID, method: "PUBLISH", calName: name });
  if (error || value === null) throw error ?? new Error("ics produced no calendar");
  return foldOctets(value);
}

const encoder = new TextEncoder();

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1). `ics` folds at 75
 * characters, which is up to 225 octets of Japanese; some clients truncate those.
 * Folds never split a character: continuation lines start with one space.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
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
