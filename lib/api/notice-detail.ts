// GET /api/v1/notices/{slug}: the current published revision in the shape the
// whole application shares (lib/notices/content/schema.ts, through revisionContent), with
// what a reader of the page would also see but the content does not store: the
// frozen contact and issuer, the history, and the derived facts.
import { DEFAULT_PERIOD_STYLE, formatDuration, formatPeriodInStyle, formatWindowEn, formatWindowJa } from "@/lib/format";
import type { getApiNotice } from "@/lib/notices/published/queries";
import { numberSections, reportLabel, statedDate, titleSuffix } from "@/lib/notices/derive";
import { revisionContent } from "@/lib/notices/content/read";
import { frozenIssuer, type ContactSnapshot } from "@/lib/notices/content/snapshots";
import { publishedImpact } from "@/lib/affected/read";
import { latest, toFeedNotice } from "@/lib/feeds/feed-notice";
import { noticeListItem, statusChangedAt } from "./notice-list";

export type ApiNoticeRow = NonNullable<Awaited<ReturnType<typeof getApiNotice>>>;

const both = <T>(f: (locale: "ja" | "en") => T) => ({ ja: f("ja"), en: f("en") });

/** Snapshots frozen before the punctuation style was recorded were shown half-width. */
const contactOf = (contact: ContactSnapshot | null) => contact && { ...contact, punctuation: contact.punctuation ?? "HALF_WIDTH" };

export function noticeDetail({ notice, revision, history }: ApiNoticeRow, at: Date) {
  const issuer = frozenIssuer(revision);
  const content = revisionContent(revision);
  const facts = toFeedNotice({
    slug: notice.slug,
    kind: notice.kind,
    changedAt: notice.updatedAt,
    issuer,
    history,
    current: { titleJa: revision.titleJa, titleEn: revision.titleEn, windows: content.windows, impact: publishedImpact(revision) },
  });
  const item = noticeListItem(facts, at);
  const { channels, services, paymentMethods } = facts.impact.result;
  const suffix = both((locale) => titleSuffix(facts.amendment, locale));
  const sections = both((locale) => numberSections(revision.sections, locale));
  const report = both((locale) => reportLabel(notice.kind, history.map((h) => ({ number: h.number!, amendment: h.amendment })), revision.number!, locale));
  const body = {
    ...item,
    revision: revision.number!,
    // null where the letter states no date: the API says nothing rather than a made-up date
    publishedAt: statedDate({ publishedAt: revision.publishedAt!, publishedAtKnown: revision.publishedAtKnown }),
    content,
    // per channel and per service what stops and what stays available (`affected`, in detail)
    impact: { channels, services, paymentMethods },
    contact: contactOf(revision.contactSnapshot as ContactSnapshot | null),
    issuer,
    history: history.map((h) => ({
      number: h.number!,
      publishedAt: statedDate({ publishedAt: h.publishedAt!, publishedAtKnown: h.publishedAtKnown }),
      amendment: h.amendment && {
        type: h.amendment.type,
        summary: { ja: h.amendment.summaryJa, en: h.amendment.summaryEn },
        sectionKeys: h.amendment.sectionKeys,
        windowKeys: h.amendment.windowKeys,
      },
    })),
    derived: {
      titleSuffix: suffix.ja === null ? null : suffix,
      reportLabel: report.ja === null ? null : report,
      sections: sections.ja.map((s, i) => ({ key: s.key, number: s.number, label: { ja: s.label, en: sections.en[i]!.label } })),
      windows: revision.windows.map((w) => ({
        key: w.key,
        text: { ja: formatWindowJa(w.startsAt, w.endsAt), en: formatWindowEn(w.startsAt, w.endsAt) },
        // in the revision's own screen style (the screen's default where it has no screen)
        screenPeriod: both((locale) => formatPeriodInStyle(content.screen?.periodStyle ?? DEFAULT_PERIOD_STYLE, w.startsAt, w.endsAt, locale)),
        duration: both((locale) => formatDuration(w.endsAt.getTime() - w.startsAt.getTime(), locale)),
      })),
    },
  };
  // status changes at window edges without any write
  return { body, lastModified: latest([facts.changedAt, statusChangedAt(facts.windows, at)])! };
}

export type NoticeDetail = ReturnType<typeof noticeDetail>["body"];
