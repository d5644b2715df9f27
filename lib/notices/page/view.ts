// What a notice page shows, in one locale: the stored content plus every derived
// fact (numbers, suffix, banner, markers, formatted windows). Pure: the page,
// the history and the print layout all render from this.
import { formatDate, formatScreenPeriod, formatWindow } from "@/lib/format";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import type { BlockContent, RevisionContent } from "@/lib/notices/content/schema";
import { amendmentBanner, latestVisibleAmendment, noticeStatus, numberBlocks, numberSections, reportLabel, sectionAmendedMarker, titleSuffix, type NoticeStatus } from "@/lib/notices/derive";
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
  publishedAt: Date;
  amendment: { type: AmendmentType; summaryJa: string; summaryEn: string | null; sectionKeys: string[] } | null;
}

export interface NoticeInput {
  slug: string;
  kind: NoticeKind;
  number: number;
  publishedAt: Date;
  content: RevisionContent;
  contact: ContactSnapshot | null;
  issuer: IssuerSnapshot;
  /** every published revision, oldest first */
  history: HistoryEntry[];
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
  const amendments = upTo.flatMap((h) => (h.amendment ? [{ ...h.amendment, publishedAt: h.publishedAt, number: h.number }] : []));
  const latest = latestVisibleAmendment(amendments);
  const first = upTo[0]?.publishedAt ?? input.publishedAt;
  const sections: SectionView[] = numberSections(content.sections, locale).map((s) => {
    // the latest visible amendment (up to this revision) that touched the section marks its heading
    const touching = latestVisibleAmendment(amendments.filter((a) => a.sectionKeys.includes(s.key)));
    return {
      key: s.key,
      kind: s.kind,
      label: s.label,
      number: s.number,
      heading: pick(s.heading, locale),
      marker: touching ? sectionAmendedMarker(touching, locale) : null,
      blocks: numberBlocks(s.blocks).map((b, i) => ({ ...b, anchor: `${s.key}-${i + 1}` })),
    };
  });
  const touched = (content.amendment?.sectionKeys ?? []).flatMap((key) => {
    const s = sections.find((x) => x.key === key);
    return s && s.heading ? [{ number: s.number, heading: s.heading.text }] : [];
  });
  const liveWindows = content.windows.filter((w) => w.status === "SCHEDULED");
  const screenWindow = liveWindows[0];
  const screen = content.screen;
  return {
    locale,
    slug: input.slug,
    kind: input.kind,
    kindLabel: messages[locale].kinds[input.kind],
    number: input.number,
    isCurrent: input.number === input.history.at(-1)?.number,
    publishedAt: input.publishedAt,
    firstPublishedAt: first,
    dateText: formatDate(first, locale),
    amendedDateText: latest ? formatDate(latest.publishedAt, locale) : null,
    status: noticeStatus(content.windows, at) as NoticeStatus,
    title: pick(content.title, locale)!,
    titleSuffix: titleSuffix(latest, locale),
    report: reportLabel(input.kind, input.number, content.amendment?.type ?? null, locale),
    banner: latest && latest.number === input.number ? amendmentBanner(first, { ...latest, sections: touched }, locale) : null,
    addressee: pick(content.addressee, locale),
    issuerName: content.signed ? pick({ ja: input.issuer.nameJa, en: input.issuer.nameEn ?? undefined }, locale) : null,
    lead: pick(content.lead, locale)!,
    hasKi: content.hasKi,
    hasIjo: content.hasIjo,
    merchantAction: { level: content.merchantAction.level, text: pick(content.merchantAction.text, locale) },
    windows: content.windows.map((w) => ({ ...w, text: formatWindow(w.startsAt, w.endsAt, locale), cancelled: w.status === "CANCELLED" })),
    sections,
    contact: input.contact,
    issuer: input.issuer,
    screen: screen
      ? {
          errorCode: screen.errorCode,
          modalBehavior: screen.modalBehavior,
          heading: pick(screen.heading, locale)!,
          message: pick(screen.message, locale)!,
          periodLabel: pick(screen.periodLabel, locale)!,
          period: screenWindow ? formatScreenPeriod(screenWindow.startsAt, screenWindow.endsAt, locale) : null,
          inlineMessage: pick(screen.inlineMessage, locale)!,
          contactLabel: pick(screen.contactLabel, locale)!,
          contactLines: locale === "en" && screen.contactLines.en.length ? screen.contactLines.en : screen.contactLines.ja,
          contactLinesLang: (locale === "en" && screen.contactLines.en.length ? "en" : "ja") as Locale,
        }
      : null,
    history: input.history,
  };
}

export type NoticeView = ReturnType<typeof buildNoticeView>;
