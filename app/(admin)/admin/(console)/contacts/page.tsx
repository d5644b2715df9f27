import type { Metadata } from "next";
import Link from "next/link";
import { ContactTable } from "@/components/admin/contacts/contact-table";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { listContacts, listIssuers } from "@/lib/contacts/read";
import { consoleLocale } from "@/lib/i18n/console/server";
import { entryName } from "@/lib/i18n/entry-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contactMessagesIn[await consoleLocale()].title };
}

export default async function ContactsPage() {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const [contacts, issuers] = await Promise.all([listContacts(), listIssuers()]);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <section aria-labelledby="contacts-heading" className="admin-section">
        <div className="admin-section-head">
          <h2 id="contacts-heading">{m.contacts.heading}</h2>
          <Link className="admin-button-link" href="/admin/contacts/new">
            {m.contacts.add}
          </Link>
        </div>
        <ContactTable contacts={contacts} />
      </section>
      <section aria-labelledby="brand-heading" className="admin-section">
        <h2 id="brand-heading">{m.brand.heading}</h2>
        <ul>
          {issuers.map((issuer) => {
            // in the console's language where the issuer has it (the names are data)
            const name = entryName(issuer, locale);
            const service = (locale === "en" && issuer.serviceNameEn) || issuer.serviceNameJa;
            return (
              <li key={issuer.id}>
                {locale === "en" ? `${name} (${service})` : `${name}（${service}）`}{" "}
                <Link href={`/admin/contacts/brand/${issuer.id}`}>{m.brand.editHeading(name)}</Link>
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
