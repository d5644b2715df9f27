import Link from "next/link";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

interface Row {
  id: string;
  key: string;
  organizationJa: string;
  departmentJa: string;
  phone: string | null;
  freeDial: string | null;
  email: string | null;
  archivedAt: Date | null;
}

export async function ContactTable({ contacts }: { contacts: readonly Row[] }) {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.key}</th>
            <th scope="col">{m.columns.phone}</th>
            <th scope="col">{m.columns.email}</th>
            <th scope="col">{m.columns.status}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <tr key={contact.id} className={contact.archivedAt ? "admin-row-muted" : undefined}>
              <th scope="row">
                <Link href={`/admin/contacts/${contact.id}`}>
                  {contact.organizationJa} {contact.departmentJa}
                </Link>
              </th>
              <td>
                <code>{contact.key}</code>
              </td>
              <td>{[contact.freeDial, contact.phone].filter(Boolean).join(" / ")}</td>
              <td>{contact.email}</td>
              <td>{contact.archivedAt ? m.retired : m.active}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
