import Link from "next/link";
import { describeRoles } from "@/lib/auth/roles";
import { formatDateJa } from "@/lib/format";
import type { Role } from "@/lib/generated/prisma/enums";
import { userMessages as m } from "@/lib/users/messages";

interface Row {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  disabledAt: Date | null;
  createdAt: Date;
}

export function UserTable({ users, meId }: { users: readonly Row[]; meId: string }) {
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
              <td>{describeRoles(user.roles).join("、") || m.noRoles}</td>
              <td>{user.disabledAt ? m.deactivated : m.active}</td>
              <td>{formatDateJa(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
