// Public site locales: Japanese at /, English at /en. Every UI string lives here;
// notice content carries its own ja/en fields.
export type Locale = "ja" | "en";
export const locales: Locale[] = ["ja", "en"];

/** The path of a public page in the given locale ("/notices/x" ↔ "/en/notices/x", "/?q=x" ↔ "/en?q=x"). */
export function localePath(locale: Locale, path: string): string {
  const queryAt = path.indexOf("?");
  const pathname = queryAt < 0 ? path : path.slice(0, queryAt);
  const search = queryAt < 0 ? "" : path.slice(queryAt);
  const clean = pathname === "/" ? "" : pathname;
  return (locale === "ja" ? clean || "/" : `/en${clean}`) + search;
}

export const ui = {
  ja: {
    siteName: "メンテナンス・障害情報",
    siteTagline: "クロネコwebコレクト 加盟店様向けのお知らせ",
    skip: "本文へスキップ",
    otherLanguage: "English",
    noticesHeading: "お知らせ一覧",
    upcoming: "予定",
    inProgress: "メンテナンス中",
    past: "終了",
    updated: "追記あり",
    noNotices: "掲載中のお知らせはありません。",
    window: "停止日時",
    services: "対象サービス",
    published: "掲載日",
    kind: "種別",
    footer: "掲載内容についてのお問い合わせは、各お知らせの問い合わせ先までご連絡ください。",
  },
  en: {
    siteName: "Maintenance and incident notices",
    siteTagline: "Notices for Kuroneko Web Collect merchants",
    skip: "Skip to content",
    otherLanguage: "日本語",
    noticesHeading: "Notices",
    upcoming: "Upcoming",
    inProgress: "In progress",
    past: "Completed",
    updated: "Updated",
    noNotices: "There are no notices.",
    window: "Outage",
    services: "Services",
    published: "Published",
    kind: "Kind",
    footer: "For questions about a notice, please use the contact given in that notice.",
  },
} satisfies Record<Locale, Record<string, string>>;

export type UiStrings = (typeof ui)["ja"];
