import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { oidcConfigured, oidcName } from "@/lib/auth/oidc";
import { currentSessionState } from "@/lib/auth/session";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

// Before sign-in the browser's Accept-Language decides the language (lib/i18n/console/server.ts).
export async function generateMetadata(): Promise<Metadata> {
  return { title: shellMessagesIn[await consoleLocale()].signIn.title };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // a session that must enrol a second factor goes on to /admin, which sends it to the enrolment page
  if (await currentSessionState()) redirect("/admin");
  const { error } = await searchParams;
  const t = shellMessagesIn[await consoleLocale()].signIn;
  return (
    <main className="admin-sign-in">
      <h1>{t.heading}</h1>
      {typeof error === "string" ? (
        <p className="admin-form-error" role="alert">
          {/* next-auth sends a refused SSO sign-in (no such active staff user) back here with ?error= */}
          {t.ssoRefused}
        </p>
      ) : null}
      <SignInForm sso={oidcConfigured() ? { name: oidcName() } : null} />
    </main>
  );
}
