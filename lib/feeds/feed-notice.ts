// One published notice as the feeds, the calendars and the JSON list see it: the
// facts they share, derived once from the published history (lib/notices/derive.ts)
// so that the Atom `updated`, the ICS SEQUENCE and the API's updatedAt never disagree.
import type { RevisionImpact } from "@/lib/affected/types";
import { isVisibleAmendment, latestVisibleAmendment, statedDate } from "@/lib/notices/derive";
import type { AmendmentType, NoticeKind, WindowStatus } from "@/lib/generated/prisma/enums";

export interface FeedWindow {
  key: string;
  startsAt: Date;
  endsAt: Date;
  status: WindowStatus;
  channelKeys: string[];
}

export interface FeedNoticeInput {
  slug: string;
  kind: NoticeKind;
  /** the last write to the notice row (every publication and withdrawal touches it) */
  changedAt: Date;
  /** set on a withdrawn notice (only its own calendar reads one: ADR 0012) */
  withdrawnAt?: Date | null;
  issuer: { nameJa: string; nameEn: string | null };
  /** every published revision, any order */
  history: {
    number: number | null;
    publishedAt: Date | null;
    /** false: a backfill whose original date is unknown (publishedAt is then the backfill's instant) */
    publishedAtKnown: boolean;
    amendment: { type: AmendmentType; summaryJa: string; summaryEn: string | null } | null;
  }[];
  /** the current published revision; its impact is the one stored at publication (lib/affected) */
  current: { titleJa: string; titleEn: string | null; windows: FeedWindow[]; impact: RevisionImpact };
}

export interface FeedAmendment {
  type: AmendmentType;
  /** null where the amendment's date is unknown (a backfill) */
  publishedAt: Date | null;
  summary: { ja: string; en: string | null };
}

export interface FeedNotice {
  slug: string;
  kind: NoticeKind;
  title: { ja: string; en: string | null };
  issuer: { ja: string; en: string | null };
  windows: FeedWindow[];
  /** what the current revision stops, as stored at its publication: `impact.result.affected` are the keys */
  impact: RevisionImpact;
  /** null where it is unknown (a backfill whose letter states no date): nothing shows a made-up one */
  firstPublishedAt: Date | null;
  /** the latest amendment readers were told about (never a 表記修正) */
  amendment: FeedAmendment | null;
  /** that amendment's date, else the first publication's; null where that date is unknown (the API's updatedAt) */
  updatedAt: Date | null;
  /**
   * The instant formats that require one take (Atom `updated`, ICS DTSTAMP and
   * LAST-MODIFIED): updatedAt, or where that date is unknown, the instant the revision
   * was published here (its backfill). Truthful for a feed: the entry appeared then.
   */
  stampedAt: Date;
  /** amendments readers were told about so far: the ICS SEQUENCE */
  visibleAmendments: number;
  /** the last time anything shown changed, 表記修正 included: HTTP Last-Modified */
  changedAt: Date;
  /** when the notice was withdrawn; null while it is public */
  withdrawnAt: Date | null;
}

/** The latest of these instants, null for none. */
export function latest(dates: (Date | null)[]): Date | null {
  const times = dates.flatMap((d) => (d ? [d.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

export function toFeedNotice(input: FeedNoticeInput): FeedNotice {
  const published = input.history.filter((r): r is typeof r & { publishedAt: Date } => r.publishedAt !== null);
  const amendments = published.flatMap((r) =>
    r.amendment
      ? [{ type: r.amendment.type, publishedAt: r.publishedAt, stated: statedDate(r), summary: { ja: r.amendment.summaryJa, en: r.amendment.summaryEn } }]
      : [],
  );
  const first = published.find((r) => r.number === 1) ?? published.find((r) => !r.amendment);
  if (!first) throw new Error(`notice ${input.slug} has no first publication`);
  const latestAmendment = latestVisibleAmendment(amendments);
  const amendment = latestAmendment && { type: latestAmendment.type, publishedAt: latestAmendment.stated, summary: latestAmendment.summary };
  const news = latestAmendment ?? { publishedAt: first.publishedAt, stated: statedDate(first) };
  return {
    slug: input.slug,
    kind: input.kind,
    title: { ja: input.current.titleJa, en: input.current.titleEn },
    issuer: { ja: input.issuer.nameJa, en: input.issuer.nameEn },
    windows: [...input.current.windows],
    impact: input.current.impact,
    firstPublishedAt: statedDate(first),
    amendment,
    updatedAt: news.stated,
    stampedAt: news.publishedAt,
    visibleAmendments: amendments.filter(isVisibleAmendment).length,
    // a backfilled publication carries its historical date; the row's write time is what a cache saw
    changedAt: latest([input.changedAt, ...published.map((r) => r.publishedAt)])!,
    withdrawnAt: input.withdrawnAt ?? null,
  };
}

/** The Last-Modified of a document made of these notices; `setChangedAt` covers withdrawals, which leave no notice behind. */
export function lastModifiedOf(notices: Pick<FeedNotice, "changedAt">[], setChangedAt: Date | null): Date | null {
  return latest([...notices.map((n) => n.changedAt), setChangedAt]);
}
