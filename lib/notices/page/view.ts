// What a notice page shows, in one locale: the stored content plus every derived
// fact (numbers, suffix, banner, markers, formatted windows). Pure: the page,
// the history and the print layout all render from this.
import { formatDate, formatWindow } from "@/lib/format";
import { screenView } from "@/lib/maintenance/screen/screen-view";
import type { RevisionImpact } from "@/lib/affected/types";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import type { BlockContent, RevisionContent } from "@/lib/notices/content/schema";
import {
  amendmentBanner,
  endState,
  endStateText,
  latestVisibleAmendment,
  noticeStatus,
  numberBlocks,
  numberSections,
  reportLabel,
  sectionAmendedMarker,
  statedDate,
  titleSuffix,
  windowAmendment,
  type NoticeStatus,
} from "@/lib/notices/derive";
import type { Locale } from "@/lib/i18n/locale";
import type { ContactSnapshot, IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { messages } from "@/lib/i18n/messages";

/** A text in the page's language, or the Japanese original where no English exists. */
export interface LText {
  text: string;
  lang: Locale;
  /** English was asked for but only Japanese exists: the page says so */
  fallback: boolean;
}

export function pick(value: { ja: string; en?: string } | undefined | null, locale: Locale): LText | null {
  if (!value) return null;
  if (locale === "en" && value.en) return { text: value.en, lang: "en", fallback: false };
  return { text: value.ja, lang: "ja", fallback: locale === "en" };
}

export interface HistoryEntry {
  number: number;
  /** an instant for ordering; shown only where publishedAtKnown (derive.ts statedDate) */
  publishedAt: Date;
  publishedAtKnown: boolean;
  amendment: { type: AmendmentType; summaryJa: string; summaryEn: string | null; sectionKeys: string[]; windowKeys: string[] } | null;
}

export interface NoticeInput {
  slug: string;
  kind: NoticeKind;
  number: number;
  publishedAt: Date;
  publishedAtKnown: boolean;
  content: RevisionContent;
  contact: ContactSnapshot | null;
  issuer: IssuerSnapshot;
  /** every published revision, oldest first */
  history: HistoryEntry[];
  /** what this revision stops, stored at its publication (lib/affected) */
  impact: RevisionImpact;
}

export type BlockView = BlockContent & { anchor: string; itemNumber: number | null };

export interface SectionView {
  key: string;
  kind: "BODY" | "ATTACHMENT";
  label: string;
  number: string;
  heading: LText | null;
  /** "(7月23日追記)" where an amendment up to this revision added or changed the section */
  marker: string | null;
  blocks: BlockView[];
}

export function buildNoticeView(input: NoticeInput, locale: Locale, at: Date) {
  const { content } = input;
  const upTo = input.history.filter((h) => h.number <= input.number);
  const amendments = upTo.flatMap((h) => (h.amendment ? [{ ...h.amendment, publishedAt: h.publishedAt, stated: statedDate(h), number: h.number }] : []));
  const latest = latestVisibleAmendment(amendments);
  // the date of the first publication, null where it is unknown (a backfill): never made up
  const first = statedDate(upTo[0] ?? input);
  const stated = (a: { type: AmendmentType; stated: Date | null }) => ({ type: a.type, publishedAt: a.stated });
  const sections: SectionView[] = numberSections(content.sections, locale).map((s) => {
    // the latest visible amendment (up to this revision) that touched the section marks its heading
    const touching = latestVisibleAmendment(amendments.filter((a) => a.sectionKeys.includes(s.key)));
    return {
      key: s.key,
      kind: s.kind,
      label: s.label,
      number: s.number,
      heading: pick(s.heading, locale),
      marker: touching ? sectionAmendedMarker(stated(touching), locale) : null,
      blocks: numberBlocks(s.blocks).map((b, i) => ({ ...b, anchor: `${s.key}-${i + 1}` })),
    };
  });
  const touched = (content.amendment?.sectionKeys ?? []).flatMap((key) => {
    const s = sections.find((x) => x.key === key);
    return s && s.heading ? [{ number: s.number, heading: s.heading.text }] : [];
  });
  const liveWindows = content.windows.filter((w) => w.status === "SCHEDULED");
  const screenWindow = liveWindows[0];
  const screenPeriod = screenWindow ? { start: screenWindow.startsAt, end: screenWindow.endsAt } : null;
  const screen = content.screen;
  const ended = endState(content.windows, windowAmendment(amendments)?.type ?? null, at);
  return {
    locale,
    slug: input.slug,
    kind: input.kind,
    kindLabel: messages[locale].kinds[input.kind],
    number: input.number,
    isCurrent: input.number === input.history.at(-1)?.number,
    /** this revision's publication date; null where it is unknown */
    publishedAt: statedDate(input),
    firstPublishedAt: first,
    dateText: first ? formatDate(first, locale) : null,
    amendedDateText: latest?.stated ? formatDate(latest.stated, locale) : null,
    status: noticeStatus(content.windows, at) as NoticeStatus,
    /** how a past notice ended (as planned, as amended, cancelled); null until then */
    ended: ended && { kind: ended.kind, text: endStateText(ended, locale) },
    title: pick(content.title, locale)!,
    titleSuffix: titleSuffix(latest && stated(latest), locale),
    report: reportLabel(input.kind, input.history, input.number, locale),
    banner: latest && latest.number === input.number ? amendmentBanner(first, { ...stated(latest), sections: touched }, locale) : null,
    addressee: pick(content.addressee, locale),
    issuerName: content.signed ? pick({ ja: input.issuer.nameJa, en: input.issuer.nameEn ?? undefined }, locale) : null,
    lead: pick(content.lead, locale)!,
    hasKi: content.hasKi,
    hasIjo: content.hasIjo,
    merchantAction: {
      level: content.merchantAction.level,
      text: pick(content.merchantAction.text, locale),
      condition: pick(content.merchantAction.condition, locale),
    },
    windows: content.windows.map((w) => ({ ...w, text: formatWindow(w.startsAt, w.endsAt, locale), cancelled: w.status === "CANCELLED" })),
    sections,
    /** attachment numbers → section anchors: 【資料1】 / 【別紙①】 / "Attachment 1" link to them */
    attachments: sections.filter((s) => s.kind === "ATTACHMENT").map((s) => ({ number: Number(s.number), anchor: s.key })),
    contact: input.contact,
    issuer: input.issuer,
    // the screen in both languages: 資料1 shows the Japanese and the English screens side by side
    screen: screen
      ? {
          errorCode: screen.errorCode,
          modalBehavior: screen.modalBehavior,
          ...screenView(screen, screenPeriod, locale),
          both: { ja: screenView(screen, screenPeriod, "ja"), en: screenView(screen, screenPeriod, "en") },
        }
      : null,
    impact: input.impact,
  };
}

export type NoticeView = ReturnType<typeof buildNoticeView>;
