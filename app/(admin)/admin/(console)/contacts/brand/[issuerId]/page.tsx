import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { IssuerForm, ScreenDefaultsForm } from "@/components/admin/contacts/brand-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { findIssuer } from "@/lib/contacts/read";
import { saveIssuerAction, saveScreenDefaultsAction } from "../../actions";
import { formValues } from "../../form-values";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contactMessagesIn[await consoleLocale()].title };
}

export default async function BrandPage({ params, searchParams }: { params: Promise<{ issuerId: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const [{ issuerId }, { done }] = await Promise.all([params, searchParams]);
  const issuer = await findIssuer(issuerId);
  if (!issuer) notFound();
  const notice = typeof done === "string" && done in m.done ? m.done[done as keyof typeof m.done] : null;
  const { screenDefaults, ...fields } = issuer;
  const screen = screenDefaults[0];
  return (
    <>
      <p>
        <Link href="/admin/contacts">{m.back}</Link>
      </p>
      <h1>{m.brand.editHeading(issuer.nameJa)}</h1>
      {notice ? (
        <p role="status" className="admin-done">
          {notice}
        </p>
      ) : null}
      <section className="admin-panel">
        <IssuerForm key={issuer.updatedAt.toISOString()} action={saveIssuerAction} issuer={{ ...formValues(fields), id: issuer.id }} />
      </section>
      {screen ? (
        <section className="admin-panel">
          <ScreenDefaultsForm key={screen.updatedAt.toISOString()} action={saveScreenDefaultsAction} defaults={{ ...formValues(screen), issuerId: issuer.id }} />
        </section>
      ) : null}
    </>
  );
}
