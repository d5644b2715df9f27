import type { Role } from "@/lib/generated/prisma/enums";

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
