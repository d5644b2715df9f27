// Every string of the public subscription pages and their answers, in Japanese and English.
import type { FieldName } from "./schema";

const ja = {
  link: "メール配信の登録",
  subscribe: {
    title: "メンテナンス・障害情報のメール配信",
    lead: "掲載するメンテナンス・障害のお知らせを、メールでお届けします。加盟店様のご登録連絡先には、ご契約内容に関わるお知らせが別途届きます。",
    email: "メールアドレス",
    locale: "メールの言語",
    locales: { ja: "日本語", en: "英語 (English)" },
    filters: "配信するお知らせ（任意）",
    filtersHint: "選ばなければ、すべてのお知らせが届きます。選んだ場合は、そのいずれかが停止するお知らせだけが届きます。",
    services: "サービス",
    paymentMethods: "決済方法",
    channels: "決済方式・画面",
    submit: "確認メールを送る",
    doubleOptIn: "お送りする確認メールのリンクから登録を確定するまで、お知らせは届きません。",
    privacy: "メールアドレスは、お知らせの配信にのみ使用します。",
  },
  sent: {
    title: "確認メールをお送りしました",
    body: "入力されたアドレスに、確認のためのメールをお送りしました（すでにご登録のアドレスには、配信設定のご案内をお送りしています）。メールのリンクから手続きを完了してください。リンクの有効期限は24時間です。",
    again: "メールが届かない場合は、アドレスをお確かめのうえ、しばらくしてから再度お申し込みください。",
  },
  confirm: {
    title: "メール配信の登録の確定",
    body: (email: string) => `${email} へのメール配信の登録を確定します。`,
    button: "登録を確定する",
    done: "ご登録が完了しました。次回のお知らせからメールでお届けします。",
  },
  manage: {
    title: "メール配信の設定",
    address: "配信先",
    save: "設定を保存する",
    saved: "設定を保存しました。",
    unsubscribeHeading: "配信の停止",
    unsubscribeLead: "今後のお知らせのメールを停止します。",
    unsubscribed: "このアドレスへの配信は停止しています。再開するには、登録ページからもう一度お申し込みください。",
  },
  unsubscribe: {
    title: "メール配信の停止",
    body: (email: string) => `${email} へのメール配信を停止します。`,
    button: "配信を停止する",
    doneTitle: "メール配信を停止しました",
    done: "今後、お知らせのメールはお送りしません。",
  },
  invalidLink: {
    title: "このリンクは使用できません",
    body: "リンクの有効期限が切れているか、すでに使用されているか、正しくありません。登録ページから、もう一度お申し込みください。",
  },
  backToSubscribe: "メール配信の登録ページへ",
  backToIndex: "お知らせ一覧へ",
  errors: {
    email: "メールアドレスの形式が正しくありません（例：name@example.co.jp）。",
    locale: "メールの言語を選んでください。",
    unknownKey: (names: string) => `次の項目は選べません：${names}`,
    invalid: "選択肢が正しくありません。",
    form: "入力内容をご確認ください。",
    tooManyEmail: "このアドレスへの確認メールは、1時間に3通までです。届いたメールをご確認いただくか、時間をおいてお試しください。",
    tooManyAddress: "お申し込みが多すぎます。1時間ほどおいてから、もう一度お試しください。",
    failed: "送信できませんでした。時間をおいて、もう一度お試しください。",
  },
};

const en: typeof ja = {
  link: "Subscribe by e-mail",
  subscribe: {
    title: "Maintenance and incident notices by e-mail",
    lead: "Receive the maintenance and incident notices published on this site by e-mail. Merchants' registered contacts are told separately of the notices that concern their contract.",
    email: "E-mail address",
    locale: "Language of the e-mails",
    locales: { ja: "Japanese (日本語)", en: "English" },
    filters: "Which notices (optional)",
    filtersHint: "Choose none to receive every notice. If you choose some, you receive only the notices that stop at least one of them.",
    services: "Services",
    paymentMethods: "Payment methods",
    channels: "Channels and screens",
    submit: "Send the confirmation e-mail",
    doubleOptIn: "Nothing is sent until you confirm with the link in the confirmation e-mail.",
    privacy: "Your address is used only to send these notices.",
  },
  sent: {
    title: "Please check your mailbox",
    body: "We have sent an e-mail to the address you entered (an address that is already subscribed receives a link to its settings instead). Follow the link in it to finish; the link is valid for 24 hours.",
    again: "If no e-mail arrives, check the address and try again a little later.",
  },
  confirm: {
    title: "Confirm your subscription",
    body: (email: string) => `Confirm that notices are to be sent to ${email}.`,
    button: "Confirm subscription",
    done: "You are subscribed. The next notices will reach you by e-mail.",
  },
  manage: {
    title: "Your e-mail settings",
    address: "Address",
    save: "Save settings",
    saved: "Your settings are saved.",
    unsubscribeHeading: "Unsubscribe",
    unsubscribeLead: "Stop all notice e-mails to this address.",
    unsubscribed: "This address is unsubscribed. To receive notices again, subscribe once more on the subscription page.",
  },
  unsubscribe: {
    title: "Unsubscribe",
    body: (email: string) => `Stop sending notices to ${email}.`,
    button: "Unsubscribe",
    doneTitle: "You are unsubscribed",
    done: "We will send you no more notice e-mails.",
  },
  invalidLink: {
    title: "This link cannot be used",
    body: "The link has expired, has already been used, or is not valid. Please subscribe again on the subscription page.",
  },
  backToSubscribe: "To the subscription page",
  backToIndex: "To the notices",
  errors: {
    email: "Enter a valid e-mail address (e.g. name@example.com).",
    locale: "Choose the language of the e-mails.",
    unknownKey: (names: string) => `These cannot be chosen: ${names}`,
    invalid: "Not a valid choice.",
    form: "Please check what you entered.",
    tooManyEmail: "At most 3 confirmation e-mails per hour go to one address. Please check the e-mails you received, or try again later.",
    tooManyAddress: "Too many requests. Please try again in an hour.",
    failed: "The e-mail could not be sent. Please try again later.",
  },
};

export const subscriptionMessages = { ja, en };
export type SubscriptionMessages = typeof ja;
export type FieldErrors = Partial<Record<FieldName, string>>;
