import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { oidcConfigured, oidcName } from "@/lib/auth/oidc";
import { currentSessionState } from "@/lib/auth/session";

export const metadata: Metadata = { title: "サインイン" };

// next-auth sends a refused SSO sign-in (no such active staff user) back here with ?error=
const ssoRefused = "社内アカウントでサインインできませんでした。管理画面のユーザーとして登録されているか、管理者に確認してください。";

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // a session that must enrol a second factor goes on to /admin, which sends it to the enrolment page
  if (await currentSessionState()) redirect("/admin");
  const { error } = await searchParams;
  return (
    <main className="admin-sign-in">
      <h1>管理画面にサインイン</h1>
      {typeof error === "string" ? (
        <p className="admin-form-error" role="alert">
          {ssoRefused}
        </p>
      ) : null}
      <SignInForm sso={oidcConfigured() ? { name: oidcName() } : null} />
    </main>
  );
}
