// Every message the notice commands give staff, in one place (Japanese: the staff
// are Japanese; an English table can follow beside this one).
import type { NoticeKind, RevisionStatus } from "@/lib/generated/prisma/enums";

export const statusLabels: Record<RevisionStatus, string> = {
  DRAFT: "下書き",
  SUBMITTED: "承認待ち",
  APPROVED: "承認済み",
  PUBLISHED: "公開中",
  SUPERSEDED: "過去の公開版",
  REJECTED: "差し戻し",
  DISCARDED: "破棄済み",
};

export const kindLabels: Record<NoticeKind, string> = {
  SCHEDULED: "定期",
  EXTRAORDINARY: "臨時",
  EMERGENCY: "緊急",
  INCIDENT: "障害",
  INFORMATION: "お知らせ",
};

const now = (status: RevisionStatus) => `(この版は現在「${statusLabels[status]}」です)`;

export const commandMessages = {
  revisionNotFound: "この版は見つかりません。",
  noticeNotFound: "このお知らせは見つかりません。",
  noticeDeleted: "このお知らせは削除されています。",
  staleVersion: "他の人がこの版を先に更新しました。保存されている内容と見比べてから、もう一度操作してください。",
  alreadyPublished: "この版は既に公開されています。",
  wrongStatus: (what: string, status: RevisionStatus) => `${what}${now(status)}`,
  notEditable: "この版は編集できません。",
  submittable: "下書きまたは差し戻された版だけを承認依頼できます。",
  approvable: "承認待ちの版だけを承認できます。",
  rejectable: "承認待ちまたは承認済みの版だけを差し戻せます。",
  publishable: "承認済みの版だけを公開できます。",
  publishableBreakGlass: "公開されていない版だけを公開できます。",
  schedulable: "承認済みの版だけを公開予約できます。",
  discardable: "公開されていない版だけを破棄できます。",
  approverOnly: "この操作には承認者の権限が必要です。",
  fourEyes: "自分が作成・編集・承認依頼した版は承認できません。別の承認者に依頼してください。",
  breakGlassKind: (kind: NoticeKind) => `承認なしの公開(ブレークグラス)は緊急・障害のお知らせだけです。この${kindLabels[kind]}のお知らせには承認が必要です。`,
  publishedInBetween: "他の人が先にこのお知らせの新しい版を公開しました。最新の公開版に取り込み直し(リベース)、差分を確認してから公開してください。",
  backfillRequired: "すべての停止日時が過去です。過去のお知らせの登録(バックフィル)であることを確認してください。バックフィルは誰にも通知されません。",
  backfillNotEnded: "まだ終わっていない停止日時があります。バックフィルは、停止日時がすべて過去のお知らせだけです。",
  publishedAtOnlyBackfill: "公開日を指定できるのはバックフィルだけです。",
  unknownDateOnlyBackfill: "公開日を不明にできるのはバックフィルだけです。",
  backfillDate: "バックフィルには、元の公開日か「公開日不明」のどちらか一方を指定してください。",
  amendmentRequired: "2版目以降の公開には、更新の種類と概要が必要です。",
  firstNotAmendment: "初めて公開する版に更新の種類は付けられません。",
  slugFixed: "一度公開したお知らせのスラッグ(URL)は変更できません。",
  kindFixed: "一度公開したお知らせの種類は変更できません。",
  notPublished: "公開中のお知らせではありません。",
  notAnAmendment: "この版は公開版の更新ではありません。",
  alreadyRebased: "この版は既に最新の公開版を元にしています。",
  unknownSection: (key: string) => `セクション「${key}」はこの版にありません。`,
  unknownWindow: (key: string) => `停止日時「${key}」はこの版にありません。`,
  scheduleInPast: "公開日時には未来の日時を指定してください。",
  scheduleBackfill: "停止日時がすべて過去の版は予約公開できません。バックフィルとして公開してください。",
  notScheduled: "この版は公開予約されていません。",
  alreadyWithdrawn: "このお知らせは既に取り下げられています。",
  withdrawnFinal: "取り下げたお知らせは訂正・追記も再公開もできません。改めてお知らせする場合は、このお知らせをコピーして新しいお知らせを作成してください。",
  scheduledPublicationFailed: (reason: string) => `予約公開できませんでした: ${reason}`,
} as const;
