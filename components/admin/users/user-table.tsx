import Link from "next/link";
import { describeRoles } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { userMessagesIn } from "@/lib/users/messages";
import { AdminTable } from "../admin-table";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

interface Row {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  disabledAt: Date | null;
  createdAt: Date;
}

export async function UserTable({ users, meId }: { users: readonly Row[]; meId: string }) {
  const locale = await consoleLocale();
  const m = userMessagesIn[locale];
  return (
    <AdminTable
      rows={users}
      caption={m.listCaption}
      rowClassName={(user) => (user.disabledAt ? "admin-row-muted" : undefined)}
      columns={[
        {
          header: m.columns.name,
          rowHeader: true,
          cell: (user) => (
            <>
              <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
              {user.id === meId ? m.you : null}
            </>
          ),
        },
        { header: m.columns.email, cell: (user) => user.email },
        { header: m.columns.roles, cell: (user) => describeRoles(user.roles, locale).join(shellMessagesIn[locale].listSeparator) || m.noRoles },
        { header: m.columns.status, cell: (user) => (user.disabledAt ? m.deactivated : m.active) },
        { header: m.columns.createdAt, cell: (user) => formatDate(user.createdAt, locale) },
      ]}
    />
  );
}
