// Derived facts of a notice (DESIGN.md, "Derived, never typed twice"): computed
// here, in one place, from the stored revisions; never stored.
import { formatMonthDayEn, formatMonthDayJa, formatShortDateEn, formatShortDateJa } from "@/lib/format";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

export interface AmendmentFact {
  type: AmendmentType;
  /** the amending revision's publication instant: the amendment's date */
  publishedAt: Date;
  /** touched sections as numbered in the amending revision */
  sections: { number: string; heading: string }[];
}

/** 表記修正 shows only in the history: it changes no badge, suffix, banner or feed date. */
export const isVisibleAmendment = (a: { type: AmendmentType }) => a.type !== "EDITORIAL";

/** The latest amendment that readers are told about, if any. */
export function latestVisibleAmendment<T extends { type: AmendmentType; publishedAt: Date }>(amendments: T[]): T | null {
  const visible = amendments.filter(isVisibleAmendment);
  return visible.reduce<T | null>((latest, a) => (!latest || a.publishedAt > latest.publishedAt ? a : latest), null);
}

// Types that read "… あり" after the date (something was added or changed) and
// types that are the news themselves (延長, 中止 …).
const withAri: AmendmentType[] = ["ADDENDUM", "CORRECTION", "CHANGE", "FOLLOW_UP"];

/** The index's badge of an amended notice: "追記あり", "延長" … / "Updated", "Extension" …. */
export function amendmentBadge(type: AmendmentType, locale: Locale): string {
  if (locale === "en") return withAri.includes(type) ? "Updated" : messages.en.amendments[type];
  return `${messages.ja.amendments[type]}${withAri.includes(type) ? "あり" : ""}`;
}

/** "※7/23 追記あり" / "(Updated 23 Jul: addendum)". */
export function titleSuffix(amendment: { type: AmendmentType; publishedAt: Date } | null, locale: Locale): string | null {
  if (!amendment || !isVisibleAmendment(amendment)) return null;
  if (locale === "en") return `(Updated ${formatShortDateEn(amendment.publishedAt)}: ${messages.en.amendments[amendment.type].toLowerCase()})`;
  return `※${formatShortDateJa(amendment.publishedAt)} ${messages.ja.amendments[amendment.type]}${withAri.includes(amendment.type) ? "あり" : ""}`;
}

const bannerVerbJa: Record<AmendmentType, string> = {
  ADDENDUM: "追記",
  CORRECTION: "訂正",
  CHANGE: "変更",
  EXTENSION: "延長",
  CANCELLATION: "中止",
  COMPLETION: "完了",
  FOLLOW_UP: "追記",
  RECOVERY: "更新",
  EDITORIAL: "修正",
};

/**
 * The banner above the title:
 * "6月22日に掲載した本お知らせについて、「3. …」を追記いたしました。 お手数をおかけしますが、ご確認をお願い申し上げます。"
 */
export function amendmentBanner(firstPublishedAt: Date, amendment: AmendmentFact | null, locale: Locale): string | null {
  if (!amendment || !isVisibleAmendment(amendment)) return null;
  const touched = amendment.sections.map((s) => (locale === "ja" ? `「${s.number}. ${s.heading}」` : `“${s.number}. ${s.heading}”`));
  if (locale === "en") {
    const what = touched.length ? touched.join(", ") : "this notice";
    const verb = messages.en.amendments[amendment.type].toLowerCase();
    return `Regarding this notice, first published on ${formatMonthDayEn(firstPublishedAt)}: ${what} — ${verb} on ${formatMonthDayEn(amendment.publishedAt)}. Please check it again.`;
  }
  const what = touched.length ? touched.join("、") : "内容";
  return `${formatMonthDayJa(firstPublishedAt)}に掲載した本お知らせについて、${what}を${bannerVerbJa[amendment.type]}いたしました。 お手数をおかけしますが、ご確認をお願い申し上げます。`;
}

/** "(7月23日追記)" after the heading of a section an amendment added or changed. */
export function sectionAmendedMarker(amendment: { type: AmendmentType; publishedAt: Date }, locale: Locale): string {
  const label = messages[locale].amendments[amendment.type];
  return locale === "ja" ? `(${formatMonthDayJa(amendment.publishedAt)}${label})` : `(${label}, ${formatMonthDayEn(amendment.publishedAt)})`;
}

/** "1", "2" … for body sections; "資料 1" / "Attachment 1" for attachments. */
export function numberSections<T extends { kind: "BODY" | "ATTACHMENT" }>(sections: T[], locale: Locale): (T & { number: string; label: string })[] {
  const count = { BODY: 0, ATTACHMENT: 0 };
  return sections.map((s) => {
    const n = ++count[s.kind];
    const label = s.kind === "BODY" ? `${n}.` : locale === "ja" ? `資料 ${n}` : `Attachment ${n}`;
    return { ...s, number: String(n), label };
  });
}

/** (1), (2) … for the numbered blocks of a section. */
export function numberBlocks<T extends { numbered: boolean }>(blocks: T[]): (T & { itemNumber: number | null })[] {
  let n = 0;
  return blocks.map((b) => ({ ...b, itemNumber: b.numbered ? ++n : null }));
}

/** ①②③ … for sub-items (up to ⑳). */
export const circled = (n: number) => (n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`);

/** 第1報, 第2報 … 回復報 for incident notices; null for other kinds. */
export function reportLabel(kind: NoticeKind, revisionNumber: number, amendmentType: AmendmentType | null, locale: Locale): string | null {
  if (kind !== "INCIDENT") return null;
  if (amendmentType === "RECOVERY") return locale === "ja" ? "回復報" : "Recovery report";
  return locale === "ja" ? `第${revisionNumber}報` : `Report ${revisionNumber}`;
}

export type NoticeStatus = "upcoming" | "in-progress" | "past";

/** Status from the windows and the current time: never stored (it changes by itself). */
export function noticeStatus(windows: { startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[], at: Date): NoticeStatus {
  const live = windows.filter((w) => w.status === "SCHEDULED");
  if (live.some((w) => w.startsAt <= at && at < w.endsAt)) return "in-progress";
  if (live.some((w) => w.startsAt > at)) return "upcoming";
  return "past";
}

/** The next instant at which noticeStatus may change: a cached page must be refreshed by then. */
export function nextStatusChange(windows: { startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[], at: Date): Date | null {
  const edges = windows
    .filter((w) => w.status === "SCHEDULED")
    .flatMap((w) => [w.startsAt, w.endsAt])
    .filter((d) => d > at)
    .sort((a, b) => a.getTime() - b.getTime());
  return edges[0] ?? null;
}
