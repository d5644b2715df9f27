// Every message the notice commands give staff, in one place (Japanese: the staff
// are Japanese; an English table can follow beside this one).
import type { NoticeKind, RevisionStatus } from "@/lib/generated/prisma/enums";
import { localized, type Translation } from "@/lib/i18n/console/translation";

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
  breakGlassNotFound: "この緊急公開は見つかりません。",
  breakGlassReviewed: "この緊急公開は別の承認者が事後承認済みです。",
  breakGlassOwn: "自分が行った緊急公開は事後承認できません。別の承認者に依頼してください。",
  scheduledPublicationFailed: (reason: string) => `予約公開できませんでした: ${reason}`,
} as const;

export const statusLabelsIn = localized(statusLabels, {
  DRAFT: "Draft",
  SUBMITTED: "Awaiting approval",
  APPROVED: "Approved",
  PUBLISHED: "Published",
  SUPERSEDED: "Earlier published revision",
  REJECTED: "Rejected",
  DISCARDED: "Discarded",
});

export const kindLabelsIn = localized(kindLabels, {
  SCHEDULED: "Scheduled",
  EXTRAORDINARY: "Extraordinary",
  EMERGENCY: "Emergency",
  INCIDENT: "Incident",
  INFORMATION: "Information",
});

const nowEn = (status: RevisionStatus) => ` (this revision is now "${statusLabelsIn.en[status]}")`;

const commandMessagesEn = {
  revisionNotFound: "This revision does not exist.",
  noticeNotFound: "This notice does not exist.",
  noticeDeleted: "This notice has been deleted.",
  staleVersion: "Someone else updated this revision first. Compare it with what is stored, then try again.",
  alreadyPublished: "This revision is already published.",
  wrongStatus: (what: string, status: RevisionStatus) => `${what}${nowEn(status)}`,
  notEditable: "This revision cannot be edited.",
  submittable: "Only a draft or a rejected revision can be sent for approval.",
  approvable: "Only a revision awaiting approval can be approved.",
  rejectable: "Only a revision awaiting approval or approved can be rejected.",
  publishable: "Only an approved revision can be published.",
  publishableBreakGlass: "Only an unpublished revision can be published.",
  schedulable: "Only an approved revision can be scheduled.",
  discardable: "Only an unpublished revision can be discarded.",
  approverOnly: "This needs the approver role.",
  fourEyes: "You cannot approve a revision you created, edited or sent for approval. Ask another approver.",
  breakGlassKind: (kind: NoticeKind) => `Publishing without approval (break glass) is only for emergency and incident notices. This ${kindLabelsIn.en[kind].toLowerCase()} notice needs an approval.`,
  publishedInBetween: "Someone published a newer revision of this notice in between. Rebase onto the latest published revision, check the differences, then publish.",
  backfillRequired: "Every maintenance window is in the past. Confirm that this is the registration of a past notice (backfill). A backfill notifies nobody.",
  backfillNotEnded: "A maintenance window has not ended yet. Only a notice whose windows are all in the past can be a backfill.",
  publishedAtOnlyBackfill: "Only a backfill can be given a publication date.",
  unknownDateOnlyBackfill: "Only a backfill can have an unknown publication date.",
  backfillDate: "For a backfill, give either the original publication date or \"publication date unknown\", not both.",
  amendmentRequired: "Publishing a second or later revision needs the amendment type and summary.",
  firstNotAmendment: "A revision published for the first time cannot have an amendment type.",
  slugFixed: "The slug (URL) of a notice cannot change once it has been published.",
  kindFixed: "The kind of a notice cannot change once it has been published.",
  notPublished: "This notice is not published.",
  notAnAmendment: "This revision is not an amendment of the published one.",
  alreadyRebased: "This revision is already based on the latest published revision.",
  unknownSection: (key: string) => `This revision has no section "${key}".`,
  unknownWindow: (key: string) => `This revision has no maintenance window "${key}".`,
  scheduleInPast: "Choose a publication time in the future.",
  scheduleBackfill: "A revision whose windows are all in the past cannot be scheduled. Publish it as a backfill.",
  notScheduled: "This revision is not scheduled.",
  alreadyWithdrawn: "This notice has already been withdrawn.",
  withdrawnFinal: "A withdrawn notice can be neither amended nor published again. To announce it anew, copy this notice into a new one.",
  breakGlassNotFound: "This break-glass publication does not exist.",
  breakGlassReviewed: "Another approver has already approved this break-glass publication.",
  breakGlassOwn: "You cannot approve your own break-glass publication. Ask another approver.",
  scheduledPublicationFailed: (reason: string) => `The scheduled publication failed: ${reason}`,
} satisfies Translation<typeof commandMessages>;

export const commandMessagesIn = localized(commandMessages, commandMessagesEn);
