// Every string of the development mailbox (/admin/mailbox).
import { localized, type Translation } from "@/lib/i18n/console/translation";

export const mailboxMessages = {
  title: "開発用メールボックス",
  intro: "SMTP サーバーが設定されていないため、送信したメールは外に出ず、ここに届いています。",
  columns: { received: "受信日時", to: "宛先", subject: "件名" },
  caption: "受け取ったメール",
  none: "メールはまだありません。",
  count: (n: number) => `${n}通`,
  more: "さらに古いメール",
  newest: "最新のメールへ",
  back: "メールボックスへ戻る",
  headers: "ヘッダー",
  text: "テキスト版",
  html: "HTML 版",
  htmlFrame: (subject: string) => `HTML 版: ${subject}`,
  htmlNote: "スクリプトは実行されません。管理画面のセキュリティポリシーにより、メール内のスタイルと外部の画像も読み込まれません。見た目の確認は HTML 版を画面のスクリーンショットで行ってください。",
  noHtml: "HTML 版はありません。",
  noText: "テキスト版はありません。",
  header: { from: "差出人", to: "宛先", subject: "件名", date: "日時", messageId: "Message-ID", listUnsubscribe: "List-Unsubscribe", listUnsubscribePost: "List-Unsubscribe-Post" },
} as const;

const mailboxMessagesEn = {
  title: "Development mailbox",
  intro: "No SMTP server is configured, so mails sent did not leave: they arrived here.",
  columns: { received: "Received", to: "To", subject: "Subject" },
  caption: "Caught mails",
  none: "No mail yet.",
  count: (n: number) => `${n} ${n === 1 ? "mail" : "mails"}`,
  more: "Older mails",
  newest: "Newest mails",
  back: "Back to the mailbox",
  headers: "Headers",
  text: "Plain text",
  html: "HTML",
  htmlFrame: (subject: string) => `HTML: ${subject}`,
  htmlNote: "No script runs. The console's security policy also keeps the mail's styles and remote images from loading; check the look on a screenshot of the HTML mail.",
  noHtml: "The mail has no HTML part.",
  noText: "The mail has no plain-text part.",
  header: { from: "From", to: "To", subject: "Subject", date: "Date", messageId: "Message-ID", listUnsubscribe: "List-Unsubscribe", listUnsubscribePost: "List-Unsubscribe-Post" },
} satisfies Translation<typeof mailboxMessages>;

export const mailboxMessagesIn = localized(mailboxMessages, mailboxMessagesEn);
