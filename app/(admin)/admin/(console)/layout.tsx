import Link from "next/link";
import type { ReactNode } from "react";
import { ConsoleNav } from "@/components/admin/console-nav";
import { LanguageSwitch } from "@/components/admin/language-switch";
import { SignOutButtons } from "@/components/admin/sign-out-buttons";
import { consoleMenu } from "@/lib/auth/console-menu";
import { describeRoles } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";
import { setConsoleLocaleAction, signOutEverywhere } from "./actions";

// Every signed-in console page: who is signed in, the menu for their roles, the
// language switch, sign out. The layout's check only decides what the frame shows;
// each page checks for itself (layouts do not re-run on client navigation).
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = shellMessagesIn[user.locale];
  return (
    <>
      <a className="admin-skip" href="#main">
        {t.skip}
      </a>
      <header className="admin-header">
        <p className="admin-product">
          <Link href="/admin">{t.product}</Link>
        </p>
        <section aria-label={t.signedInUser} className="admin-user">
          <p>
            <span className="admin-user-name">{user.name}</span> <span className="admin-user-email">{user.email}</span>
          </p>
          <ul aria-label={t.rolesLabel} className="admin-roles">
            {describeRoles(user.roles, user.locale).map((label) => (
              <li key={label}>{label}</li>
            ))}
          </ul>
          <LanguageSwitch userId={user.id} action={setConsoleLocaleAction} />
          <SignOutButtons signOutEverywhere={signOutEverywhere} />
        </section>
      </header>
      <ConsoleNav items={consoleMenu(user.roles, user.locale)} label={t.menuLabel} />
      <main id="main" className="admin-main">
        {children}
      </main>
    </>
  );
}
