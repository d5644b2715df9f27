// Derived facts of a notice (DESIGN.md, "Derived, never typed twice"): computed
// here, in one place, from the stored revisions; never stored.
import { formatMoment, formatMonthDayEn, formatMonthDayJa, formatShortDateEn, formatShortDateJa } from "@/lib/format";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

/** A published revision's date as stored: an instant, and whether the letter states it. */
export interface Publication {
  publishedAt: Date;
  publishedAtKnown: boolean;
}

/**
 * The date readers are told a revision was published, or null where a backfill's
 * original date is unknown: its publishedAt is then only the backfill's own instant,
 * which orders it and stamps the feeds that require an instant, and is never shown as
 * a date (nothing invented, DESIGN.md Decision 1).
 */
export const statedDate = (p: Publication): Date | null => (p.publishedAtKnown ? p.publishedAt : null);

/** An amendment as readers are told of it; `publishedAt` null: its date is unknown. */
export interface StatedAmendment {
  type: AmendmentType;
  publishedAt: Date | null;
}

export interface AmendmentFact extends StatedAmendment {
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

/** "※7/23 追記あり" / "(Updated 23 Jul: addendum)"; without a date where it is unknown ("※追記あり"). */
export function titleSuffix(amendment: StatedAmendment | null, locale: Locale): string | null {
  if (!amendment || !isVisibleAmendment(amendment)) return null;
  const date = amendment.publishedAt;
  if (locale === "en") return `(Updated${date ? ` ${formatShortDateEn(date)}` : ""}: ${messages.en.amendments[amendment.type].toLowerCase()})`;
  return `※${date ? `${formatShortDateJa(date)} ` : ""}${messages.ja.amendments[amendment.type]}${withAri.includes(amendment.type) ? "あり" : ""}`;
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
 * Dates that are unknown (null) are left out, not guessed.
 */
export function amendmentBanner(firstPublishedAt: Date | null, amendment: AmendmentFact | null, locale: Locale): string | null {
  if (!amendment || !isVisibleAmendment(amendment)) return null;
  const touched = amendment.sections.map((s) => (locale === "ja" ? `「${s.number}. ${s.heading}」` : `“${s.number}. ${s.heading}”`));
  if (locale === "en") {
    const what = touched.length ? touched.join(", ") : "this notice";
    const verb = messages.en.amendments[amendment.type].toLowerCase();
    const first = firstPublishedAt ? `, first published on ${formatMonthDayEn(firstPublishedAt)}` : "";
    const when = amendment.publishedAt ? ` on ${formatMonthDayEn(amendment.publishedAt)}` : "";
    return `Regarding this notice${first}: ${what} — ${verb}${when}. Please check it again.`;
  }
  const what = touched.length ? touched.join("、") : "内容";
  const first = firstPublishedAt ? `${formatMonthDayJa(firstPublishedAt)}に掲載した` : "";
  return `${first}本お知らせについて、${what}を${bannerVerbJa[amendment.type]}いたしました。 お手数をおかけしますが、ご確認をお願い申し上げます。`;
}

/** "(7月23日追記)" after the heading of a section an amendment added or changed ("(追記)" where its date is unknown). */
export function sectionAmendedMarker(amendment: StatedAmendment, locale: Locale): string {
  const label = messages[locale].amendments[amendment.type];
  const date = amendment.publishedAt;
  if (locale === "ja") return `(${date ? formatMonthDayJa(date) : ""}${label})`;
  return date ? `(${label}, ${formatMonthDayEn(date)})` : `(${label})`;
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

/** A published revision as the report numbering sees it. */
export interface ReportEntry {
  number: number;
  amendment?: { type: AmendmentType } | null;
}

/**
 * 第1報, 第2報 … 回復報 for incident notices; null for other kinds. The first
 * publication is 第1報 and each published 続報 is the next report: counted from the
 * notice's published revisions up to this one, not from revision numbers, so that a
 * 訂正 or 表記修正 in between (the same report, corrected) skips no number.
 */
export function reportLabel(kind: NoticeKind, history: readonly ReportEntry[], revisionNumber: number, locale: Locale): string | null {
  if (kind !== "INCIDENT") return null;
  const upTo = history.filter((h) => h.number <= revisionNumber);
  if (upTo.find((h) => h.number === revisionNumber)?.amendment?.type === "RECOVERY") return locale === "ja" ? "回復報" : "Recovery report";
  const report = 1 + upTo.filter((h) => h.amendment?.type === "FOLLOW_UP").length;
  return locale === "ja" ? `第${report}報` : `Report ${report}`;
}

export type NoticeStatus = "upcoming" | "in-progress" | "past";

/** Status from the windows and the current time: never stored (it changes by itself). */
export function noticeStatus(windows: { startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[], at: Date): NoticeStatus {
  const live = windows.filter((w) => w.status === "SCHEDULED");
  if (live.some((w) => w.startsAt <= at && at < w.endsAt)) return "in-progress";
  if (live.some((w) => w.startsAt > at)) return "upcoming";
  return "past";
}

/** 延長 and 中止 are about the windows, whether or not the amendment names them. */
const windowTypes: AmendmentType[] = ["EXTENSION", "CANCELLATION"];

/**
 * The latest amendment readers were told about that changed the windows (it names
 * them, or it is a 延長 or 中止), or null. Amendments in any order. The listing's
 * windowAmendmentType mirrors this in SQL (migration merchant_facing_corrections).
 */
export function windowAmendment<T extends { type: AmendmentType; publishedAt: Date; windowKeys: string[] }>(amendments: T[]): T | null {
  return latestVisibleAmendment(amendments.filter((a) => a.windowKeys.length > 0 || windowTypes.includes(a.type)));
}

/** How a notice whose windows are over ended. */
export type EndState =
  | { kind: "as-planned" }
  | { kind: "cancelled" }
  | { kind: "as-amended"; amendment: AmendmentType; endedAt: Date };

/**
 * How a past notice ended: as first announced, or as an amendment changed its windows
 * (then when, and by which amendment), or cancelled. Null while a window is still to
 * come or under way, and for a notice without windows.
 */
export function endState(
  windows: { startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[],
  windowAmendmentType: AmendmentType | null,
  at: Date,
): EndState | null {
  if (windows.length === 0 || noticeStatus(windows, at) !== "past") return null;
  const live = windows.filter((w) => w.status === "SCHEDULED");
  if (live.length === 0) return { kind: "cancelled" };
  if (!windowAmendmentType) return { kind: "as-planned" };
  const endedAt = new Date(Math.max(...live.map((w) => w.endsAt.getTime())));
  return { kind: "as-amended", amendment: windowAmendmentType, endedAt };
}

/** 「予定どおり終了しました」 / 「7月29日 午前8:00に終了しました（延長）」 / 「中止されました」. */
export function endStateText(state: EndState, locale: Locale): string {
  const t = messages[locale].notice.ended;
  if (state.kind === "as-planned") return t.asPlanned;
  if (state.kind === "cancelled") return t.cancelled;
  return t.asAmended(formatMoment(state.endedAt, locale), messages[locale].amendments[state.amendment]);
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
