import { localized, type Translation } from "@/lib/i18n/console/translation";

// Every string of the notice's preview tab, in one place.
export const previewTabMessages = {
  title: "プレビュー",
  noRevision: "プレビューできる未公開の版はありません。公開中の内容は公開ページでご覧ください。",
  published: "公開ページ",
  revision: (number: number, status: string) => `第${number}版として公開される内容（現在: ${status}）`,
  statuses: { DRAFT: "下書き", SUBMITTED: "承認待ち", APPROVED: "承認済み", REJECTED: "差し戻し" } as Record<string, string>,
  pages: "公開ページでの表示",
  pagesNote: "スタッフとしてサインインしている間だけ、未公開の版が公開ページの形で表示されます（新しいタブで開きます）。",
  openJa: "日本語のページを開く",
  openEn: "英語のページを開く",
  missing: "英語が未入力の項目",
  missingNone: "すべての項目に英語があります。",
  missingNote: "英語ページでは、これらの項目は日本語のまま「英語版なし」と表示されます。",
  screens: "メンテナンス画面",
  screensNone: "この版にはメンテナンス画面の設定がありません。",
  fullPageJa: "全画面（日本語）",
  fullPageEn: "全画面（英語）",
  inline: "カード入力画面のメッセージ",
} as const;

const previewTabMessagesEn = {
  title: "Preview",
  noRevision: "There is no unpublished revision to preview. See the public page for what is published.",
  published: "Public page",
  revision: (number: number, status: string) => `What revision ${number} will publish (now: ${status})`,
  statuses: { DRAFT: "Draft", SUBMITTED: "Awaiting approval", APPROVED: "Approved", REJECTED: "Rejected" },
  pages: "On the public pages",
  pagesNote: "While you are signed in as staff, the unpublished revision is shown in the shape of the public pages (they open in a new tab).",
  openJa: "Open the Japanese page",
  openEn: "Open the English page",
  missing: "Fields without English",
  missingNone: "Every field has English.",
  missingNote: "On the English page these fields show in Japanese, marked \"no English version\".",
  screens: "Maintenance screens",
  screensNone: "This revision has no maintenance screen settings.",
  fullPageJa: "Full page (Japanese)",
  fullPageEn: "Full page (English)",
  inline: "Message on the card entry screen",
} satisfies Translation<typeof previewTabMessages>;

export const previewTabMessagesIn = localized(previewTabMessages, previewTabMessagesEn);
