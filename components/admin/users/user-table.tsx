import Link from "next/link";
import { describeRoles } from "@/lib/auth/roles";
import { formatDate } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { userMessagesIn } from "@/lib/users/messages";
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
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption>{m.listCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.name}</th>
            <th scope="col">{m.columns.email}</th>
            <th scope="col">{m.columns.roles}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.createdAt}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.disabledAt ? "admin-row-muted" : undefined}>
              <th scope="row">
                <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                {user.id === meId ? m.you : null}
              </th>
              <td>{user.email}</td>
              <td>{describeRoles(user.roles, locale).join(shellMessagesIn[locale].listSeparator) || m.noRoles}</td>
              <td>{user.disabledAt ? m.deactivated : m.active}</td>
              <td>{formatDate(user.createdAt, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
