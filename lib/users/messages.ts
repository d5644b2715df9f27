import type { Role } from "@/lib/generated/prisma/enums";
import { localized, type Translation } from "@/lib/i18n/console/translation";

// Every string of the user administration (/admin/users), so that an English table can follow.
export const userMessages = {
  title: "ユーザー",
  intro: "管理画面を使うスタッフの一覧です。役割の変更・無効化・パスワードの再設定をすると、そのユーザーのサインイン中のセッションはすべて終了します。",
  listCaption: "スタッフユーザー",
  columns: { name: "氏名", email: "メールアドレス", roles: "役割", status: "状態", createdAt: "登録日", actions: "操作" },
  active: "有効",
  deactivated: "無効",
  noRoles: "役割なし",
  you: "（あなた）",
  create: {
    heading: "ユーザーを追加",
    help: "初期パスワードは管理者が決めて、本人に別の経路で伝えてください。本人はサインイン後に変更できます。",
    submit: "追加する",
    done: "ユーザーを追加しました。",
  },
  edit: { heading: (name: string) => `${name} さんの設定`, back: "ユーザー一覧へ戻る" },
  roles: { heading: "役割", submit: "役割を保存", done: "役割を変更しました。このユーザーのセッションは終了しました。" },
  status: {
    heading: "状態",
    current: (state: string) => `現在の状態: ${state}`,
    deactivate: "無効にする",
    reactivate: "有効に戻す",
    deactivateHelp: "無効にしたユーザーはサインインできません。監査ログが参照するため、ユーザーは削除しません。",
    deactivated: "無効にしました。このユーザーのセッションは終了しました。",
    reactivated: "有効に戻しました。",
  },
  password: { heading: "パスワードの再設定", submit: "パスワードを再設定", done: "パスワードを再設定しました。このユーザーのセッションは終了しました。" },
  fields: { name: "氏名", email: "メールアドレス", roles: "役割", password: "パスワード", passwordHelp: "12文字以上。メールアドレスや氏名を含むものは使えません。" },
  errors: {
    nameRequired: "氏名を入力してください。",
    nameTooLong: "氏名は100文字以内で入力してください。",
    emailRequired: "メールアドレスを入力してください。",
    emailInvalid: "メールアドレスの形式が正しくありません。",
    rolesInvalid: "役割の指定が正しくありません。",
    passwordRequired: "パスワードを入力してください。",
    passwordTooShort: "パスワードは12文字以上にしてください。",
    passwordTooLong: "パスワードは1024文字以内にしてください。",
    passwordHasEmail: "パスワードにメールアドレス（またはその@より前の部分）を含めないでください。",
    passwordHasName: "パスワードに氏名を含めないでください。",
    passwordMonotonous: "同じ文字の繰り返しや連続した文字だけのパスワードは使えません。",
    userMissing: "このユーザーは見つかりません。",
    lastAdmin: "有効な管理者がいなくなるため、この変更はできません。先に別のユーザーを管理者にしてください。",
    alreadyDeactivated: "このユーザーは既に無効です。",
    alreadyActive: "このユーザーは既に有効です。",
    rolesUnchanged: "役割は変わっていません。",
  },
} as const;

export const roleHelp: Record<Role, string> = {
  EDITOR: "お知らせの下書きを書き、レビューに出す",
  APPROVER: "他の人の版を承認・公開し、取り下げる。メンテナンス操作（緊急時）",
  ADMIN: "ユーザー・カタログ・問い合わせ先・ブランドを管理し、監査ログを見る",
};

const userMessagesEn = {
  title: "Users",
  intro: "The staff who use the console. Changing a user's roles, deactivating them or resetting their password ends every session they are signed in with.",
  listCaption: "Staff users",
  columns: { name: "Name", email: "Email address", roles: "Roles", status: "Status", createdAt: "Added", actions: "Actions" },
  active: "Active",
  deactivated: "Deactivated",
  noRoles: "No roles",
  you: "(you)",
  create: {
    heading: "Add a user",
    help: "An admin chooses the initial password and tells the user through another channel. They can change it after signing in.",
    submit: "Add",
    done: "The user was added.",
  },
  edit: { heading: (name: string) => `Settings of ${name}`, back: "Back to the users" },
  roles: { heading: "Roles", submit: "Save roles", done: "The roles were changed. This user's sessions have ended." },
  status: {
    heading: "Status",
    current: (state: string) => `Current status: ${state}`,
    deactivate: "Deactivate",
    reactivate: "Reactivate",
    deactivateHelp: "A deactivated user cannot sign in. Users are never deleted, because the audit log refers to them.",
    deactivated: "Deactivated. This user's sessions have ended.",
    reactivated: "Reactivated.",
  },
  password: { heading: "Reset the password", submit: "Reset password", done: "The password was reset. This user's sessions have ended." },
  fields: { name: "Name", email: "Email address", roles: "Roles", password: "Password", passwordHelp: "At least 12 characters, not containing the email address or the name." },
  errors: {
    nameRequired: "Enter the name.",
    nameTooLong: "Enter a name of at most 100 characters.",
    emailRequired: "Enter the email address.",
    emailInvalid: "The email address is not valid.",
    rolesInvalid: "The roles are not valid.",
    passwordRequired: "Enter the password.",
    passwordTooShort: "Use a password of at least 12 characters.",
    passwordTooLong: "Use a password of at most 1024 characters.",
    passwordHasEmail: "The password must not contain the email address (or its part before the @).",
    passwordHasName: "The password must not contain the name.",
    passwordMonotonous: "A password of one repeated character or a plain sequence is not allowed.",
    userMissing: "This user does not exist.",
    lastAdmin: "This change would leave no active admin. Make another user an admin first.",
    alreadyDeactivated: "This user is already deactivated.",
    alreadyActive: "This user is already active.",
    rolesUnchanged: "The roles have not changed.",
  },
} satisfies Translation<typeof userMessages>;

export const userMessagesIn = localized(userMessages, userMessagesEn);

export const roleHelpIn = localized(roleHelp, {
  EDITOR: "Writes notice drafts and sends them for review",
  APPROVER: "Approves, publishes and withdraws other people's revisions; maintenance controls (in emergencies)",
  ADMIN: "Manages users, the catalog, contacts and the brand; reads the audit log",
});
