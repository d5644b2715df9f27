import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { UserTable } from "@/components/admin/users/user-table";
import { requireUserWithRole } from "@/lib/auth/session";
import { userMessages as m } from "@/lib/users/messages";
import { listUsers } from "@/lib/users/read";
import { createUserAction } from "./actions";

export const metadata: Metadata = { title: m.title };

export default async function UsersPage() {
  const me = await requireUserWithRole("ADMIN");
  const users = await listUsers();
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <UserTable users={users} meId={me.id} />
      <section className="admin-panel">
        <CreateUserForm action={createUserAction} />
      </section>
    </>
  );
}
