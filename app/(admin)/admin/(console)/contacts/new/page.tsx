import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/admin/contacts/contact-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { saveContactAction } from "../actions";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contactMessagesIn[await consoleLocale()].title };
}

export default async function NewContactPage() {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  return (
    <>
      <p>
        <Link href="/admin/contacts">{m.back}</Link>
      </p>
      <h1>{m.contacts.newHeading}</h1>
      <section className="admin-panel">
        <ContactForm action={saveContactAction} />
      </section>
    </>
  );
}
