// Every string of the brand page's embed section (issue 10): who may frame the
// maintenance modal, and the <iframe> snippet merchants paste into their card forms.
import { localized, type Translation } from "@/lib/i18n/console/translation";

export const embedMessages = {
  heading: "モーダルの埋め込み",
  help: "カード入力画面にメンテナンスのメッセージを表示する加盟店は、次の HTML を貼り付けます。埋め込みを許可するサイトのオリジンを登録してください（登録のないサイトでは表示されません）。",
  frameAncestors: "埋め込みを許可するオリジン（1行に1つ、例: https://shop.example.jp）",
  frameAncestorsHelp: "https のオリジンだけを登録できます（パスは含めません）。空にするとどのサイトにも埋め込めません。",
  save: "埋め込みの設定を保存する",
  snippet: "埋め込み用の HTML",
  channel: "チャネル",
  language: "言語",
  languages: { ja: "日本語", en: "英語" },
  copy: "HTML をコピー",
  copied: "コピーしました。",
  iframeTitle: "メンテナンスのお知らせ",
  done: "埋め込みの設定を保存しました。",
  errors: {
    notOrigin: (line: string) => `「${line}」は https のオリジンではありません（例: https://shop.example.jp、パスは含めません）。`,
    tooMany: "オリジンは20件以内にしてください。",
  },
} as const;

const embedMessagesEn = {
  heading: "Embedding the modal",
  help: "Merchants who show the maintenance message inside their card form paste the HTML below. Register the origins of the sites allowed to embed it (on any other site it is not shown).",
  frameAncestors: "Origins allowed to embed it (one per line, e.g. https://shop.example.jp)",
  frameAncestorsHelp: "Only https origins (without a path). Leave it empty and no site can embed the modal.",
  save: "Save the embedding settings",
  snippet: "HTML to embed",
  channel: "Channel",
  language: "Language",
  languages: { ja: "Japanese", en: "English" },
  copy: "Copy the HTML",
  copied: "Copied.",
  iframeTitle: "Maintenance",
  done: "The embedding settings were saved.",
  errors: {
    notOrigin: (line: string) => `"${line}" is not an https origin (e.g. https://shop.example.jp, without a path).`,
    tooMany: "Register at most 20 origins.",
  },
} satisfies Translation<typeof embedMessages>;

export const embedMessagesIn = localized(embedMessages, embedMessagesEn);
