import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ContactForm, ContactRetireForm } from "@/components/admin/contacts/contact-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { findContact } from "@/lib/contacts/read";
import { saveContactAction, setContactRetiredAction } from "../actions";
import { formValues } from "../form-values";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contactMessagesIn[await consoleLocale()].title };
}

export default async function ContactPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const [{ id }, { done }] = await Promise.all([params, searchParams]);
  const contact = await findContact(id);
  if (!contact) notFound();
  const notice = typeof done === "string" && done in m.done ? m.done[done as keyof typeof m.done] : null;
  return (
    <>
      <p>
        <Link href="/admin/contacts">{m.back}</Link>
      </p>
      <h1>{m.contacts.editHeading(`${contact.organizationJa} ${contact.departmentJa}`)}</h1>
      {notice ? (
        <p role="status" className="admin-done">
          {notice}
        </p>
      ) : null}
      <section className="admin-panel">
        <ContactForm key={contact.updatedAt.toISOString()} action={saveContactAction} contact={{ ...formValues(contact), id: contact.id }} />
      </section>
      <section className="admin-panel">
        <ContactRetireForm key={String(contact.archivedAt)} action={setContactRetiredAction} id={contact.id} retired={contact.archivedAt !== null} />
      </section>
    </>
  );
}
