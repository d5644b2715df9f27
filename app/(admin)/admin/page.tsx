import type { Metadata } from "next";
import { SignOutButtons } from "@/components/admin/sign-out-buttons";
import { describeRoles } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { signOutEverywhere } from "./actions";

export const metadata: Metadata = { title: "ダッシュボード" };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <>
      <header className="admin-header">
        <p className="admin-product">メンテナンスのお知らせ 管理画面</p>
        <section aria-label="サインイン中のユーザー" className="admin-user">
          <p>
            <span className="admin-user-name">{user.name}</span> <span className="admin-user-email">{user.email}</span>
          </p>
          <ul aria-label="役割" className="admin-roles">
            {describeRoles(user.roles).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <SignOutButtons signOutEverywhere={signOutEverywhere} />
        </section>
      </header>
      <main className="admin-main">
        <h1>ダッシュボード</h1>
        <p>お知らせの作成・承認・公開の画面はこれから追加されます。</p>
      </main>
    </>
  );
}
