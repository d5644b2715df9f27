// Every string of the maintenance controls (issue 10, Decision 6): the refusals of the
// commands and schemas (Japanese first: they are the error catalog's message ids) and
// the dashboard panel's texts, each with its English table.
import { localized, type Translation } from "@/lib/i18n/console/translation";

export const controlMessages = {
  // refusals (schemas and commands)
  channelsRequired: "メンテナンス画面を表示するチャネルを1つ以上選んでください。",
  unknownChannel: (key: string) => `チャネル「${key}」はカタログにありません。`,
  endInPast: "終了予定には現在より後の日時を指定してください。",
  extendNotLater: "延長後の終了は、今の終了予定より後の日時にしてください。",
  noWindowInForce: "このお知らせには、いま実施中の停止日時がありません。",
  noticeMoved: "他の人が先にこのお知らせを更新しました。画面を読み込み直して、いまの状態を確かめてから操作してください。",
  noDefaults: "メンテナンス画面の既定の文言が登録されていません。管理者に登録を依頼してください。",
  noContact: "問い合わせ先が登録されていません。管理者に登録を依頼してください。",
  titleTooLong: "タイトルは200文字以内にしてください。",
  reasonTooLong: "理由は2000文字以内にしてください。",
  alreadyRecorded: "この操作は既に記録されています。",
  operatorNotApprover: "操作者には承認者の権限が必要です。",
  operatorUnknown: (who: string) => `操作者「${who}」は見つかりません。`,
  // what a control writes into the notice (the notice's Japanese content)
  defaultTitle: "緊急メンテナンスのお知らせ",
  startReasonPrefix: "理由: ",
  extendSummary: (end: string) => `メンテナンスの終了予定を${end}に延長しました。`,
  endSummary: (end: string) => `メンテナンスは${end}に終了しました。`,
} as const;

const controlMessagesEn = {
  channelsRequired: "Choose at least one channel that shows the maintenance screen.",
  unknownChannel: (key: string) => `The catalog has no channel "${key}".`,
  endInPast: "Choose an expected end later than now.",
  extendNotLater: "The new end must be later than the current expected end.",
  noWindowInForce: "This notice has no maintenance window in force now.",
  noticeMoved: "Someone updated this notice first. Reload the page and check its state before you act.",
  noDefaults: "No default maintenance screen texts are registered. Ask an administrator to register them.",
  noContact: "No contact is registered. Ask an administrator to register one.",
  titleTooLong: "The title must be 200 characters or fewer.",
  reasonTooLong: "The reason must be 2000 characters or fewer.",
  alreadyRecorded: "This command has already been recorded.",
  operatorNotApprover: "The operator needs the approver role.",
  operatorUnknown: (who: string) => `No staff user "${who}".`,
  defaultTitle: "Emergency maintenance",
  startReasonPrefix: "Reason: ",
  extendSummary: (end: string) => `The maintenance has been extended to ${end}.`,
  endSummary: (end: string) => `The maintenance ended at ${end}.`,
} satisfies Translation<typeof controlMessages>;

export const controlMessagesIn = localized(controlMessages, controlMessagesEn);
