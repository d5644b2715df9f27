import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm, ContactRetireForm } from "@/components/admin/contacts/contact-forms";
import { DoneNotice } from "@/components/admin/done-notice";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { loadContactForEdit } from "@/lib/contacts/load";
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
  const { record: contact, doneMessage } = await loadContactForEdit(params, searchParams);
  return (
    <>
      <p>
        <Link href="/admin/contacts">{m.back}</Link>
      </p>
      <h1>{m.contacts.editHeading(`${contact.organizationJa} ${contact.departmentJa}`)}</h1>
      <DoneNotice message={doneMessage} />
      <section className="admin-panel">
        <ContactForm key={contact.updatedAt.toISOString()} action={saveContactAction} contact={{ ...formValues(contact), id: contact.id }} />
      </section>
      <section className="admin-panel">
        <ContactRetireForm key={String(contact.archivedAt)} action={setContactRetiredAction} id={contact.id} retired={contact.archivedAt !== null} />
      </section>
    </>
  );
}
