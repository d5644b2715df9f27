import Link from "next/link";
import type { ReactNode } from "react";
import { ConsoleNav } from "@/components/admin/console-nav";
import { SignOutButtons } from "@/components/admin/sign-out-buttons";
import { consoleMenu } from "@/lib/auth/console-menu";
import { describeRoles } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { signOutEverywhere } from "./actions";

// Every signed-in console page: who is signed in, the menu for their roles, sign out.
// The layout's check only decides what the frame shows; each page checks for itself
// (layouts do not re-run on client navigation).
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <a className="admin-skip" href="#main">
        本文へ移動
      </a>
      <header className="admin-header">
        <p className="admin-product">
          <Link href="/admin">メンテナンスのお知らせ 管理画面</Link>
        </p>
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
      <ConsoleNav items={consoleMenu(user.roles)} />
      <main id="main" className="admin-main">
        {children}
      </main>
    </>
  );
}
