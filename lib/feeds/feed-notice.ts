// One published notice as the feeds, the calendars and the JSON list see it: the
// facts they share, derived once from the published history (lib/notices/derive.ts)
// so that the Atom `updated`, the ICS SEQUENCE and the API's updatedAt never disagree.
import type { RevisionImpact } from "@/lib/affected/types";
import { isVisibleAmendment, latestVisibleAmendment } from "@/lib/notices/derive";
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
  issuer: { nameJa: string; nameEn: string | null };
  /** every published revision, any order */
  history: {
    number: number | null;
    publishedAt: Date | null;
    amendment: { type: AmendmentType; summaryJa: string; summaryEn: string | null } | null;
  }[];
  /** the current published revision; its impact is the one stored at publication (lib/affected) */
  current: { titleJa: string; titleEn: string | null; windows: FeedWindow[]; impact: RevisionImpact };
}

export interface FeedAmendment {
  type: AmendmentType;
  publishedAt: Date;
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
  firstPublishedAt: Date;
  /** the latest amendment readers were told about (never a 表記修正) */
  amendment: FeedAmendment | null;
  /** that amendment's date, else the first publication: Atom `updated`, ICS LAST-MODIFIED */
  updatedAt: Date;
  /** amendments readers were told about so far: the ICS SEQUENCE */
  visibleAmendments: number;
  /** the last time anything shown changed, 表記修正 included: HTTP Last-Modified */
  changedAt: Date;
}

/** The latest of these instants, null for none. */
export function latest(dates: (Date | null)[]): Date | null {
  const times = dates.flatMap((d) => (d ? [d.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}

export function toFeedNotice(input: FeedNoticeInput): FeedNotice {
  const published = input.history.filter((r): r is typeof r & { publishedAt: Date } => r.publishedAt !== null);
  const amendments = published.flatMap((r) =>
    r.amendment ? [{ type: r.amendment.type, publishedAt: r.publishedAt, summary: { ja: r.amendment.summaryJa, en: r.amendment.summaryEn } }] : [],
  );
  const first = published.find((r) => r.number === 1) ?? published.find((r) => !r.amendment);
  if (!first) throw new Error(`notice ${input.slug} has no first publication`);
  const amendment = latestVisibleAmendment(amendments);
  const updatedAt = amendment?.publishedAt ?? first.publishedAt;
  return {
    slug: input.slug,
    kind: input.kind,
    title: { ja: input.current.titleJa, en: input.current.titleEn },
    issuer: { ja: input.issuer.nameJa, en: input.issuer.nameEn },
    windows: [...input.current.windows],
    impact: input.current.impact,
    firstPublishedAt: first.publishedAt,
    amendment,
    updatedAt,
    visibleAmendments: amendments.filter(isVisibleAmendment).length,
    // a backfilled publication carries its historical date; the row's write time is what a cache saw
    changedAt: latest([input.changedAt, ...published.map((r) => r.publishedAt)])!,
  };
}

/** The Last-Modified of a document made of these notices; `setChangedAt` covers withdrawals, which leave no notice behind. */
export function lastModifiedOf(notices: Pick<FeedNotice, "changedAt">[], setChangedAt: Date | null): Date | null {
  return latest([...notices.map((n) => n.changedAt), setChangedAt]);
}
