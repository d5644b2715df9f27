import { localized, type Translation } from "./translation";

// Every string of the console's frame (header, menu, sign-in page, 403, shared form
// controls), in one place with its English table.
const ja = {
  product: "メンテナンスのお知らせ 管理画面",
  titleDefault: "管理画面 | メンテナンスのお知らせ",
  titleTemplate: "%s | 管理画面",
  skip: "本文へ移動",
  signedInUser: "サインイン中のユーザー",
  rolesLabel: "役割",
  menuLabel: "管理メニュー",
  signOut: "サインアウト",
  signOutEverywhere: "すべての端末からサインアウト",
  forbiddenHeading: "この画面を使う権限がありません",
  forbiddenText: "必要な役割が割り当てられていません。管理者にお問い合わせください。",
  backToDashboard: "ダッシュボードへ戻る",
  signIn: {
    title: "サインイン",
    heading: "管理画面にサインイン",
    ssoRefused: "社内アカウントでサインインできませんでした。管理画面のユーザーとして登録されているか、管理者に確認してください。",
  },
  // shared by form controls and lists
  listSeparator: "、",
  none: "(なし)",
  inJa: (label: string) => `${label}(日本語)`,
  inEn: (label: string) => `${label}(英語)`,
  markdownPreview: { preview: "プレビュー", updating: "更新中…", failed: "プレビューを表示できません。", signedOut: "サインインし直してください。" },
};

const en = {
  product: "Maintenance notices console",
  titleDefault: "Console | Maintenance notices",
  titleTemplate: "%s | Console",
  skip: "Skip to content",
  signedInUser: "Signed-in user",
  rolesLabel: "Roles",
  menuLabel: "Console menu",
  signOut: "Sign out",
  signOutEverywhere: "Sign out on every device",
  forbiddenHeading: "You may not use this page",
  forbiddenText: "You do not hold the role it needs. Ask an admin.",
  backToDashboard: "Back to the dashboard",
  signIn: {
    title: "Sign in",
    heading: "Sign in to the console",
    ssoRefused: "Signing in with your company account failed. Ask an admin whether you are registered as a console user.",
  },
  listSeparator: ", ",
  none: "(none)",
  inJa: (label: string) => `${label} (Japanese)`,
  inEn: (label: string) => `${label} (English)`,
  markdownPreview: { preview: "Preview", updating: "Updating…", failed: "The preview cannot be shown.", signedOut: "Sign in again." },
} satisfies Translation<typeof ja>;

export const shellMessages = ja;
export const shellMessagesIn = localized(ja, en);
