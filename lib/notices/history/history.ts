// The history of a notice in one language: every published revision, newest
// first, with what changed from the revision before it. Pure: the history page
// renders it; lib/notices/history/load-history.ts reads its input.
import { formatDate } from "@/lib/format";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import { isVisibleAmendment, reportLabel, statedDate } from "@/lib/notices/derive";
import type { Locale } from "@/lib/i18n/locale";
import { diffRevisions, type RevisionDiff } from "./diff/revision";
import type { RevisionSide } from "./diff/project";
import { pick, type LText } from "@/lib/notices/page/view";
import { messages } from "@/lib/i18n/messages";

export interface HistoryRevision extends RevisionSide {
  number: number;
  publishedAt: Date;
  /** false: a backfill whose letter states no date; the history then shows none */
  publishedAtKnown: boolean;
}

export interface HistoryInput {
  slug: string;
  kind: NoticeKind;
  /** every published revision, oldest first */
  revisions: HistoryRevision[];
}

export interface HistoryEntry {
  number: number;
  /** null where the date is unknown (a backfill whose letter states none) */
  publishedAt: Date | null;
  /** "2019年7月23日(火)" / "23 July 2019", in Japan time; null where unknown */
  dateText: string | null;
  /** null for the first publication */
  amendmentType: AmendmentType | null;
  /** "追記", "表記修正" …; "初版" / "First publication" is the page's wording */
  amendmentLabel: string | null;
  /** 表記修正: shown here only; readers were not told (Decision 4) */
  silent: boolean;
  summary: LText | null;
  /** 第2報 … for incidents */
  report: string | null;
  /** what changed from the revision before; null for the first */
  diff: RevisionDiff | null;
}

export function buildHistoryView(input: HistoryInput, locale: Locale) {
  const reports = input.revisions.map((r) => ({ number: r.number, amendment: r.content.amendment }));
  const entries: HistoryEntry[] = input.revisions.map((revision, i) => {
    const amendment = revision.content.amendment ?? null;
    const date = statedDate(revision);
    return {
      number: revision.number,
      publishedAt: date,
      dateText: date && formatDate(date, locale),
      amendmentType: amendment?.type ?? null,
      amendmentLabel: amendment ? messages[locale].amendments[amendment.type] : null,
      silent: amendment ? !isVisibleAmendment(amendment) : false,
      summary: pick(amendment?.summary, locale),
      report: reportLabel(input.kind, reports, revision.number, locale),
      diff: i === 0 ? null : diffRevisions(input.revisions[i - 1]!, revision, locale),
    };
  });
  const latest = input.revisions.at(-1)!;
  return {
    locale,
    slug: input.slug,
    title: pick(latest.content.title, locale)!,
    currentNumber: latest.number,
    entries: entries.reverse(),
  };
}

export type HistoryView = ReturnType<typeof buildHistoryView>;
