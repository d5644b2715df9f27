// GET /api/v1/notices: one item per published notice, for merchants' systems and
// deploy tooling (Decision 7). Keys, not names: names are for people and change,
// keys are what a merchant's system matches against its own configuration.
import { noticeStatus, type NoticeStatus } from "@/lib/notices/derive";
import type { AmendmentType, NoticeKind, WindowStatus } from "@/lib/generated/prisma/enums";
import { siteUrl } from "@/lib/site-url";
import type { AffectedKeys } from "@/lib/affected/types";
import type { FeedNotice, FeedWindow } from "@/lib/feeds/feed-notice";

export interface ApiWindow {
  key: string;
  startsAt: Date;
  endsAt: Date;
  status: WindowStatus;
  /** channels that stop in this window; empty: every channel of the maintenance screen */
  channelKeys: string[];
}

export interface NoticeListItem {
  slug: string;
  kind: NoticeKind;
  title: { ja: string; en: string | null };
  status: NoticeStatus;
  windows: ApiWindow[];
  /** what the notice stops or degrades (lib/affected, stored at publication) */
  affected: AffectedKeys;
  /** publishedAt null where the amendment's date is unknown */
  amendment: { type: AmendmentType; publishedAt: Date | null; summary: { ja: string; en: string | null } } | null;
  /** null where it is unknown (a backfill whose letter states no date) */
  firstPublishedAt: Date | null;
  /** the latest visible amendment's date, else the first publication's; null where unknown */
  updatedAt: Date | null;
  url: { ja: string; en: string };
}

export const noticeUrls = (slug: string) => ({ ja: siteUrl(`/notices/${slug}`), en: siteUrl(`/en/notices/${slug}`) });

export const apiWindows = (windows: FeedWindow[]): ApiWindow[] =>
  windows.map((w) => ({ key: w.key, startsAt: w.startsAt, endsAt: w.endsAt, status: w.status, channelKeys: w.channelKeys }));

/**
 * The latest window edge at or before `at`: when `status` last changed by itself.
 * Last-Modified must not be older than that, or a client asking If-Modified-Since
 * would keep "upcoming" after the window started.
 */
export function statusChangedAt(windows: Pick<FeedWindow, "startsAt" | "endsAt" | "status">[], at: Date): Date | null {
  const edges = windows
    .filter((w) => w.status === "SCHEDULED")
    .flatMap((w) => [w.startsAt.getTime(), w.endsAt.getTime()])
    .filter((t) => t <= at.getTime());
  return edges.length ? new Date(Math.max(...edges)) : null;
}

export function noticeListItem(notice: FeedNotice, at: Date): NoticeListItem {
  return {
    slug: notice.slug,
    kind: notice.kind,
    title: notice.title,
    status: noticeStatus(notice.windows, at),
    windows: apiWindows(notice.windows),
    affected: notice.impact.result.affected,
    amendment: notice.amendment,
    firstPublishedAt: notice.firstPublishedAt,
    updatedAt: notice.updatedAt,
    url: noticeUrls(notice.slug),
  };
}

// a notice without windows (お知らせ) sorts after every dated one
const firstStart = (n: FeedNotice) => (n.windows.length ? Math.min(...n.windows.map((w) => w.startsAt.getTime())) : -Infinity);

/** Newest window first, as the index lists them; ties by slug, so the body (and its ETag) is stable. */
export function noticeList(notices: FeedNotice[], at: Date): { notices: NoticeListItem[] } {
  const sorted = [...notices].sort((a, b) => (firstStart(a) === firstStart(b) ? a.slug.localeCompare(b.slug) : firstStart(b) - firstStart(a)));
  return { notices: sorted.map((n) => noticeListItem(n, at)) };
}
