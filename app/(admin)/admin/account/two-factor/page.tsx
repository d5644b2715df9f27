import type { Metadata } from "next";
import Link from "next/link";
import { PlainSignOut } from "@/components/admin/plain-sign-out";
import { TwoFactorSettings } from "@/components/admin/two-factor-settings";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { requireUserMayEnrol } from "@/lib/auth/session";
import { twoFactorMessagesIn } from "@/lib/auth/two-factor/messages";
import { beginEnrolment, secondFactorStatus } from "@/lib/auth/two-factor/two-factor";
import { confirmEnrolmentAction, regenerateRecoveryCodesAction } from "./actions";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: twoFactorMessagesIn[await consoleLocale()].pageTitle };
}

// Outside the console's frame: an approver or admin without a second factor is sent
// here after the password and may use nothing else until enrolled (lib/auth/session.ts).
export default async function TwoFactorPage() {
  const locale = await consoleLocale();
  const m = twoFactorMessagesIn[locale];
  const shell = shellMessagesIn[locale];
  const { status, user } = await requireUserMayEnrol();
  const enrolled = await secondFactorStatus(db, user.id);
  const enrolment = enrolled ? null : await beginEnrolment(user, now());
  return (
    <>
      <header className="admin-header">
        <p className="admin-product">{shell.product}</p>
        <section aria-label={shell.signedInUser} className="admin-user">
          <p>
            <span className="admin-user-name">{user.name}</span> <span className="admin-user-email">{user.email}</span>
          </p>
          <PlainSignOut />
        </section>
      </header>
      <main id="main" className="admin-main admin-account">
        <h1>{m.pageTitle}</h1>
        {status === "must-enrol" ? <p className="admin-account-notice">{m.required}</p> : null}
        <TwoFactorSettings
          enrolment={enrolment && { uri: enrolment.uri, secret: enrolment.secret, qrSvg: enrolment.qrSvg, sealed: enrolment.sealed }}
          enrolled={enrolled && { enrolledAt: enrolled.enrolledAt.toISOString(), remainingRecoveryCodes: enrolled.remainingRecoveryCodes }}
          confirm={confirmEnrolmentAction}
          regenerate={regenerateRecoveryCodesAction}
        />
        {status === "signed-in" ? (
          <p>
            <Link href="/admin">{m.backToConsole}</Link>
          </p>
        ) : null}
      </main>
    </>
  );
}
