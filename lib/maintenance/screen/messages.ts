// The live screen documents' own strings (issue 10), in both languages: the short pages
// (no maintenance, unknown channel, bad request) and the texts a screen falls back to
// when neither the revision nor the admin's defaults have any.
import type { Locale } from "@/lib/i18n/locale";
import type { ScreenTextSource } from "./screen-view";

export const screenMessages = {
  ja: {
    offTitle: "メンテナンスは行っていません",
    offBody: "このチャネルで現在実施中のメンテナンスはありません。",
    offPreviewBody: (at: string) => `${at} に実施中のメンテナンスはありません。`,
    unknownTitle: "ページが見つかりません",
    unknownBody: "指定されたチャネルはありません。",
    badTitle: "リクエストが正しくありません",
    unavailableTitle: "ただいまご利用いただけません",
    unavailableBody: "しばらく時間を置いてから再度アクセスしてください。",
    modalTitle: "メンテナンスのお知らせ",
  },
  en: {
    offTitle: "No maintenance in progress",
    offBody: "There is no maintenance in progress on this channel.",
    offPreviewBody: (at: string) => `There is no maintenance in progress at ${at}.`,
    unknownTitle: "Page not found",
    unknownBody: "There is no such channel.",
    badTitle: "Bad request",
    unavailableTitle: "Temporarily unavailable",
    unavailableBody: "Please try again in a little while.",
    modalTitle: "Maintenance",
  },
} satisfies Record<Locale, Record<string, string | ((at: string) => string)>>;

/** What a screen shows while a window is in force and no texts exist at all (the defaults were never saved). */
export const fallbackScreenTexts: ScreenTextSource = {
  heading: { ja: "メンテナンスのお知らせ", en: "Maintenance" },
  message: {
    ja: "ただいまメンテナンス中のため、ご利用いただけません。お支払いは完了していません。メンテナンス終了後にショップから再度お手続きください。",
    en: "This service is under maintenance. Nothing has been charged. Please try again from the shop after the maintenance ends.",
  },
  periodLabel: { ja: "メンテナンス期間", en: "Maintenance period" },
  inlineMessage: { ja: "メンテナンス中です。時間を置いて再度アクセスしてください。", en: "Under maintenance. Please try again later." },
  contactLabel: { ja: "お問い合わせ", en: "Contact" },
  contactLines: { ja: [], en: [] },
};
