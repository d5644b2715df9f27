import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { UserTable } from "@/components/admin/users/user-table";
import { requireUserWithRole } from "@/lib/auth/session";
import { userMessagesIn } from "@/lib/users/messages";
import { listUsers } from "@/lib/users/read";
import { createUserAction } from "./actions";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: userMessagesIn[await consoleLocale()].title };
}

export default async function UsersPage() {
  const locale = await consoleLocale();
  const m = userMessagesIn[locale];
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
