// Texts of the notice index's filters, results and pagination (the site-wide ones
// stay in lib/i18n.ts).
import type { Locale } from "@/lib/i18n";
import type { IndexQueryKey, QueryProblem } from "@/lib/notices/listing/query";

const paramNames: Record<Locale, Record<IndexQueryKey, string>> = {
  ja: { q: "キーワード", service: "サービス", paymentMethod: "決済方法", channel: "決済方式・画面", kind: "種別", year: "年", page: "ページ" },
  en: { q: "Keywords", service: "Service", paymentMethod: "Payment method", channel: "Integration method or screen", kind: "Kind", year: "Year", page: "Page" },
};

export const indexText = {
  ja: {
    params: paramNames.ja,
    filters: "お知らせの絞り込み",
    keywordHint: "タイトル・本文から探します(例: 本与信、settleMethod)",
    any: "すべて",
    apply: "絞り込む",
    clear: "条件をクリア",
    range: (total: number, from: number, to: number) => `${total}件中 ${from}–${to}件`,
    none: "条件に合うお知らせはありません。",
    beyond: (lastPage: number) => `このページにはお知らせがありません(全${lastPage}ページ)。`,
    searching: (q: string) => `「${q}」を含むお知らせ`,
    asOf: (when: string) => `状態は ${when} 時点のものです。`,
    pagination: "ページ送り",
    previous: "前のページ",
    next: "次のページ",
    pageLabel: (n: number) => `${n}ページ目`,
    problem: (p: QueryProblem) =>
      p.reason === "unknown"
        ? `${paramNames.ja[p.param]}「${p.value}」は見つかりません。この条件を外して表示しています。`
        : p.param === "q"
          ? "キーワードは100文字以内で入力してください。キーワードを外して表示しています。"
          : p.param === "page"
            ? `ページ「${p.value}」は正しくありません。1ページ目を表示しています。`
            : `${paramNames.ja[p.param]}「${p.value}」は正しくありません。この条件を外して表示しています。`,
  },
  en: {
    params: paramNames.en,
    filters: "Filter notices",
    keywordHint: "Searches titles and text (e.g. final authorisation, settleMethod)",
    any: "All",
    apply: "Filter",
    clear: "Clear filters",
    range: (total: number, from: number, to: number) => `${from}–${to} of ${total} notices`,
    none: "No notices match these conditions.",
    beyond: (lastPage: number) => `There are no notices on this page (${lastPage} ${lastPage === 1 ? "page" : "pages"} in all).`,
    searching: (q: string) => `Notices containing “${q}”`,
    asOf: (when: string) => `Statuses as of ${when}.`,
    pagination: "Pages",
    previous: "Previous page",
    next: "Next page",
    pageLabel: (n: number) => `Page ${n}`,
    problem: (p: QueryProblem) =>
      p.reason === "unknown"
        ? `There is no ${paramNames.en[p.param].toLowerCase()} “${p.value}”: that condition was left out.`
        : p.param === "q"
          ? "Keywords must be at most 100 characters long: the search was left out."
          : p.param === "page"
            ? `“${p.value}” is not a page number: showing page 1.`
            : `“${p.value}” is not a valid ${paramNames.en[p.param].toLowerCase()}: that condition was left out.`,
  },
} satisfies Record<Locale, unknown>;
