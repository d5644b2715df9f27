// Every string of the notification mails, in Japanese and English. Labels the notice page
// already has (kinds, amendment types, "what stops", the merchant action's levels) are
// read from lib/i18n/messages, not repeated here: a mail says it as the page does.
import type { NoticeKind } from "@/lib/generated/prisma/enums";

export type MailEvent = "PUBLICATION" | "REMINDER" | "WINDOW_START" | "WINDOW_END";

const ja = {
  colon: "：",
  /** the subject's tag by notice kind: 【メンテナンス】… */
  subjectTag: { SCHEDULED: "【メンテナンス】", EXTRAORDINARY: "【メンテナンス】", EMERGENCY: "【緊急メンテナンス】", INCIDENT: "【障害】", INFORMATION: "【お知らせ】" } satisfies Record<NoticeKind, string>,
  /** after the tag for the messages that are not the publication itself */
  eventTag: { PUBLICATION: "", REMINDER: "【開始前のご案内】", WINDOW_START: "【開始】", WINDOW_END: "【終了】" } satisfies Record<MailEvent, string>,
  lead: {
    PUBLICATION: null,
    REMINDER: (window: string) => `まもなく次のメンテナンスを開始いたします：${window}`,
    WINDOW_START: (window: string) => `メンテナンスを開始いたしました：${window}`,
    WINDOW_END: (window: string) => `メンテナンスは終了いたしました：${window}`,
  },
  greeting: { merchant: (name: string) => `${name} ご担当者様`, subscriber: "いつもご利用いただきありがとうございます。" },
  amendment: (type: string) => `このお知らせを更新しました（${type}）`,
  amendmentSummary: "更新の内容",
  title: "お知らせ",
  kind: "種別",
  windows: "停止日時",
  cancelled: "（中止）",
  links: "お知らせの全文",
  noticeLink: "お知らせのページ",
  icsLink: "カレンダーに追加 (.ics)",
  footerHeading: "このメールについて",
  sender: "送信者",
  postalAddress: "所在地",
  contact: "お問い合わせ先",
  why: {
    merchant: (service: string, merchant: string) => `${service}をご契約の加盟店様（${merchant}）にご登録いただいている連絡先へ、契約内容に関わるメンテナンス・障害のお知らせをお送りしています。`,
    subscriber: (service: string) => `${service}のメンテナンス・障害情報のメール配信にご登録いただいた方へお送りしています。`,
  },
  stop: {
    merchant: "配信先の変更・停止は、上記のお問い合わせ先までご連絡ください。",
    subscriber: "配信の停止",
    manage: "配信条件・言語の変更",
  },
  noReply: "このメールは送信専用のアドレスからお送りしています。ご返信いただいてもお答えできません。",
  // the subscription's own mails (lib/notifications/subscriptions)
  confirm: {
    subject: (service: string) => `【${service}】メール配信登録の確認`,
    lead: (service: string) => `${service}のメンテナンス・障害情報のメール配信へのご登録を受け付けました。`,
    action: "次のリンクを開き、「登録を確定する」を押して登録を完了してください（24時間有効）。",
    button: "登録を確認する",
    ignore: "お心当たりのない場合は、このメールを破棄してください。登録は行われず、今後メールが届くこともありません。",
  },
  already: {
    subject: (service: string) => `【${service}】メール配信のご登録について`,
    lead: (service: string) => `${service}のメンテナンス・障害情報のメール配信に、このアドレスはすでに登録されています。`,
    action: "配信条件の変更や配信の停止は、次のリンクから行えます。",
    button: "配信設定を開く",
    ignore: "お心当たりのない場合は、このメールを破棄してください。設定は変わりません。",
  },
  subscriptionWhy: (service: string) => `このメールは、${service}のメール配信登録フォームにこのアドレスが入力されたためお送りしています。`,
};

const en: typeof ja = {
  colon: ": ",
  subjectTag: { SCHEDULED: "[Maintenance] ", EXTRAORDINARY: "[Maintenance] ", EMERGENCY: "[Emergency maintenance] ", INCIDENT: "[Incident] ", INFORMATION: "[Notice] " },
  eventTag: { PUBLICATION: "", REMINDER: "[Reminder] ", WINDOW_START: "[Started] ", WINDOW_END: "[Ended] " },
  lead: {
    PUBLICATION: null,
    REMINDER: (window: string) => `This maintenance begins soon: ${window}`,
    WINDOW_START: (window: string) => `This maintenance has started: ${window}`,
    WINDOW_END: (window: string) => `This maintenance has ended: ${window}`,
  },
  greeting: { merchant: (name: string) => `Dear ${name},`, subscriber: "Thank you for following our maintenance notices." },
  amendment: (type: string) => `This notice has been updated (${type.toLowerCase()})`,
  amendmentSummary: "What changed",
  title: "Notice",
  kind: "Type",
  windows: "Maintenance window",
  cancelled: " (cancelled)",
  links: "The full notice",
  noticeLink: "Notice page",
  icsLink: "Add to calendar (.ics)",
  footerHeading: "About this e-mail",
  sender: "Sender",
  postalAddress: "Address",
  contact: "Contact",
  why: {
    merchant: (service: string, merchant: string) => `You receive this e-mail as a registered contact of ${merchant}, a merchant contracted for ${service}: we send notices of maintenance and incidents that concern the contract.`,
    subscriber: (service: string) => `You receive this e-mail because you subscribed to the maintenance and incident notices of ${service}.`,
  },
  stop: {
    merchant: "To change or stop these e-mails, please contact us at the address above.",
    subscriber: "Unsubscribe",
    manage: "Change what you receive or the language",
  },
  noReply: "This e-mail was sent from an address that cannot receive replies.",
  confirm: {
    subject: (service: string) => `[${service}] Please confirm your subscription`,
    lead: (service: string) => `We received a request to send the maintenance and incident notices of ${service} to this address.`,
    action: "Open the link below and press “Confirm subscription” to complete it (valid for 24 hours).",
    button: "Confirm subscription",
    ignore: "If you did not ask for this, please ignore this e-mail: nothing is subscribed and you will receive nothing more.",
  },
  already: {
    subject: (service: string) => `[${service}] About your subscription`,
    lead: (service: string) => `This address already receives the maintenance and incident notices of ${service}.`,
    action: "You can change what you receive or unsubscribe here:",
    button: "Open your settings",
    ignore: "If you did not ask for this, please ignore this e-mail: nothing has changed.",
  },
  subscriptionWhy: (service: string) => `You receive this e-mail because this address was entered in the subscription form of ${service}.`,
};

export const mailMessages = { ja, en };
export type MailMessages = typeof ja;
