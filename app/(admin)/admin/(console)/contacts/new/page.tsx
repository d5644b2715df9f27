import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/admin/contacts/contact-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessages as m } from "@/lib/contacts/messages";
import { saveContactAction } from "../actions";

export const metadata: Metadata = { title: m.title };

export default async function NewContactPage() {
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
