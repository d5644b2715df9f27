import Link from "next/link";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { AdminTable } from "../admin-table";
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
    <AdminTable
      rows={contacts}
      rowClassName={(contact) => (contact.archivedAt ? "admin-row-muted" : undefined)}
      columns={[
        {
          header: m.columns.name,
          rowHeader: true,
          cell: (contact) => (
            <Link href={`/admin/contacts/${contact.id}`}>
              {contact.organizationJa} {contact.departmentJa}
            </Link>
          ),
        },
        { header: m.columns.key, cell: (contact) => <code>{contact.key}</code> },
        { header: m.columns.phone, cell: (contact) => [contact.freeDial, contact.phone].filter(Boolean).join(" / ") },
        { header: m.columns.email, cell: (contact) => contact.email },
        { header: m.columns.status, cell: (contact) => (contact.archivedAt ? m.retired : m.active) },
      ]}
    />
  );
}
