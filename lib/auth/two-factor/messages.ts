// Every text of the second factor (sign-in code step, enrolment page), in one place
// so that an English table can follow.
export const twoFactorMessages = {
  codeLabel: "確認コード",
  codeHint: "認証アプリに表示されている6桁のコード、またはリカバリーコードを入力してください。",
  codeRequired: "確認コードを入力してください。",
  codeInvalid: "確認コードが正しくありません。",
  codeStepHeading: "2段階認証",
  codeStepIntro: "パスワードを確認しました。続けて確認コードを入力してください。",
  verify: "確認してサインイン",
  verifying: "確認しています…",
  back: "別のアカウントでサインイン",

  pageTitle: "2段階認証",
  required: "承認者と管理者は2段階認証が必要です。設定が終わるまで、ほかの画面は使えません。",
  enrolHeading: "認証アプリを設定する",
  enrolSteps: [
    "スマートフォンの認証アプリ（Google Authenticator、Microsoft Authenticator など）で QR コードを読み取ります。",
    "読み取れないときは、下の設定用 URI またはシークレットをアプリに入力します。",
    "アプリに表示された6桁のコードを入力して、設定を完了します。",
  ],
  qrLabel: "認証アプリ用の QR コード",
  uriLabel: "設定用 URI（手入力用）",
  secretLabel: "シークレット",
  enrolCodeLabel: "6桁のコード",
  enrolCodeRequired: "認証アプリに表示された6桁のコードを入力してください。",
  enrolCodeInvalid: "コードが正しくありません。アプリの時刻と、読み取った QR コードを確かめてください。",
  enrolmentExpired: "設定の有効期限が切れました。ページを読み込み直して、QR コードを読み取り直してください。",
  alreadyEnrolled: "2段階認証はすでに設定されています。",
  confirm: "設定を完了する",
  confirming: "確認しています…",

  enrolledHeading: "設定済み",
  enrolledSince: "設定日時",
  remainingCodes: "残りのリカバリーコード",
  regenerateHeading: "リカバリーコードを作り直す",
  regenerateIntro: "新しいリカバリーコードを10個作ります。これまでのコードは使えなくなります。",
  regenerate: "リカバリーコードを作り直す",
  regenerating: "作成しています…",
  notEnrolled: "2段階認証はまだ設定されていません。",

  codesHeading: "リカバリーコード",
  codesIntro:
    "認証アプリを使えないときに、確認コードの代わりに1回ずつ使えます。このコードはいま一度だけ表示されます。印刷するか、安全な場所に保管してください。",
  continue: "管理画面へ進む",
  backToConsole: "ダッシュボードへ戻る",
} as const;
