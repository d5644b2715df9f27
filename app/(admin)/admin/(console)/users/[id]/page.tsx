import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PasswordForm, RolesForm, StatusForm } from "@/components/admin/users/user-settings-forms";
import { describeRoles } from "@/lib/auth/roles";
import { DoneNotice } from "@/components/admin/done-notice";
import { requireUserWithRole } from "@/lib/auth/session";
import { userMessagesIn } from "@/lib/users/messages";
import { findUser } from "@/lib/users/read";
import { resetPasswordAction, setActiveAction, updateRolesAction } from "../actions";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: userMessagesIn[await consoleLocale()].title };
}

const doneMessages = (m: (typeof userMessagesIn)["ja"]): Record<string, string> => ({
  created: m.create.done,
  roles: m.roles.done,
  deactivated: m.status.deactivated,
  reactivated: m.status.reactivated,
  password: m.password.done,
});

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = userMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const { id } = await params;
  const user = await findUser(id);
  if (!user) notFound();
  const { done } = await searchParams;
  const notice = typeof done === "string" ? doneMessages(m)[done] : undefined;
  return (
    <>
      <p>
        <Link href="/admin/users">{m.edit.back}</Link>
      </p>
      <h1>{m.edit.heading(user.name)}</h1>
      <DoneNotice message={notice} />
      <dl className="admin-pairs">
        <dt>{m.columns.email}</dt>
        <dd>{user.email}</dd>
        <dt>{m.columns.roles}</dt>
        <dd>{describeRoles(user.roles, locale).join(shellMessagesIn[locale].listSeparator) || m.noRoles}</dd>
        <dt>{m.columns.status}</dt>
        <dd>{user.disabledAt ? m.deactivated : m.active}</dd>
      </dl>
      <section className="admin-panel">
        <RolesForm key={user.roles.join()} action={updateRolesAction} userId={user.id} roles={user.roles} />
      </section>
      <section className="admin-panel">
        <StatusForm key={String(user.disabledAt)} action={setActiveAction} userId={user.id} active={user.disabledAt === null} />
      </section>
      <section className="admin-panel">
        <PasswordForm key={notice ?? "password"} action={resetPasswordAction} userId={user.id} />
      </section>
    </>
  );
}
