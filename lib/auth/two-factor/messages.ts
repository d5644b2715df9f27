// Every text of the second factor (sign-in code step, enrolment page), in one place
// so that an English table can follow.
import { localized, type Translation } from "@/lib/i18n/console/translation";
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

const twoFactorMessagesEn = {
  codeLabel: "Verification code",
  codeHint: "Enter the 6-digit code your authenticator app shows, or a recovery code.",
  codeRequired: "Enter the verification code.",
  codeInvalid: "The verification code is not correct.",
  codeStepHeading: "Two-factor authentication",
  codeStepIntro: "Your password is confirmed. Now enter a verification code.",
  verify: "Verify and sign in",
  verifying: "Verifying…",
  back: "Sign in with another account",

  pageTitle: "Two-factor authentication",
  required: "Approvers and admins need two-factor authentication. Until it is set up, no other page can be used.",
  enrolHeading: "Set up an authenticator app",
  enrolSteps: [
    "Scan the QR code with an authenticator app on your phone (Google Authenticator, Microsoft Authenticator and others).",
    "If it cannot be scanned, enter the setup URI or the secret below in the app.",
    "Enter the 6-digit code the app shows to finish the setup.",
  ],
  qrLabel: "QR code for the authenticator app",
  uriLabel: "Setup URI (for typing in)",
  secretLabel: "Secret",
  enrolCodeLabel: "6-digit code",
  enrolCodeRequired: "Enter the 6-digit code your authenticator app shows.",
  enrolCodeInvalid: "The code is not correct. Check the app's clock and the QR code you scanned.",
  enrolmentExpired: "The setup has expired. Reload the page and scan the QR code again.",
  alreadyEnrolled: "Two-factor authentication is already set up.",
  confirm: "Finish the setup",
  confirming: "Verifying…",

  enrolledHeading: "Set up",
  enrolledSince: "Set up on",
  remainingCodes: "Recovery codes left",
  regenerateHeading: "Make new recovery codes",
  regenerateIntro: "Makes ten new recovery codes. The current codes stop working.",
  regenerate: "Make new recovery codes",
  regenerating: "Making them…",
  notEnrolled: "Two-factor authentication is not set up yet.",

  codesHeading: "Recovery codes",
  codesIntro:
    "When you cannot use your authenticator app, each code works once instead of a verification code. They are shown only this once: print them or keep them somewhere safe.",
  continue: "Continue to the console",
  backToConsole: "Back to the dashboard",
} satisfies Translation<typeof twoFactorMessages>;

export const twoFactorMessagesIn = localized(twoFactorMessages, twoFactorMessagesEn);
