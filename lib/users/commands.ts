import "server-only";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { userMessages } from "./messages";
import { passwordPolicyProblem, type CreateUserInput, type resetPasswordSchema, type setActiveSchema, type updateRolesSchema } from "./schema";

// The writes of the user administration: each is the `run` of a server action
// (app/(admin)/admin/(console)/users/actions.ts), inside defineAction's one transaction.
// A role change, a deactivation and a password reset bump the user's session version
// in that transaction: every session of theirs ends at its next request.
const m = userMessages.errors;

export async function createUser(input: CreateUserInput, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const passwordHash = await hashPassword(input.password);
  // a taken e-mail fails on the unique index and comes back as the e-mail field's error
  const user = await tx.user.create({ data: { name: input.name, email: input.email, roles: input.roles, passwordHash } });
  await audit(tx, { actor, action: "user.create", entityType: "User", entityId: user.id, data: { email: user.email, roles: user.roles } });
  return { redirectTo: `/admin/users/${user.id}?done=created` };
}

export async function updateRoles(input: z.output<typeof updateRolesSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const before = await lockedUser(tx, input.userId);
  const roles = sortRoles(input.roles);
  if (sameRoles(before.roles, roles)) throw new ActionError(m.rolesUnchanged, "roles");
  if (before.roles.includes("ADMIN") && !roles.includes("ADMIN") && before.disabledAt === null) await refuseIfLastAdmin(tx, before.id, "roles");
  await tx.user.update({ where: { id: before.id }, data: { roles, sessionVersion: { increment: 1 } } });
  await audit(tx, { actor, action: "user.roles", entityType: "User", entityId: before.id, data: { before: before.roles, after: roles } });
  return { redirectTo: `/admin/users/${before.id}?done=roles` };
}

export async function setActive(input: z.output<typeof setActiveSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const before = await lockedUser(tx, input.userId);
  if (input.active) {
    if (before.disabledAt === null) throw new ActionError(m.alreadyActive);
    await tx.user.update({ where: { id: before.id }, data: { disabledAt: null } });
    await audit(tx, { actor, action: "user.reactivate", entityType: "User", entityId: before.id });
    return { redirectTo: `/admin/users/${before.id}?done=reactivated` };
  }
  if (before.disabledAt !== null) throw new ActionError(m.alreadyDeactivated);
  if (before.roles.includes("ADMIN")) await refuseIfLastAdmin(tx, before.id);
  await tx.user.update({ where: { id: before.id }, data: { disabledAt: new Date(), sessionVersion: { increment: 1 } } });
  await audit(tx, { actor, action: "user.deactivate", entityType: "User", entityId: before.id });
  return { redirectTo: `/admin/users/${before.id}?done=deactivated` };
}

export async function resetPassword(input: z.output<typeof resetPasswordSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const user = await lockedUser(tx, input.userId);
  const problem = passwordPolicyProblem(input.password, user);
  if (problem) throw new ActionError(problem, "password");
  await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password), sessionVersion: { increment: 1 } } });
  // the audit row says that it happened, never what the password is
  await audit(tx, { actor, action: "user.password-reset", entityType: "User", entityId: user.id });
  return { redirectTo: `/admin/users/${user.id}?done=password` };
}

/** The user's row, locked for this transaction (two admins editing one user take turns). */
async function lockedUser(tx: Tx, id: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  if (locked.length === 0) throw new ActionError(m.userMissing);
  return tx.user.findUniqueOrThrow({ where: { id } });
}

/**
 * Refuses a change that would leave no active admin. The active admins' rows are locked
 * first, so two admins demoting each other at the same moment take turns, and the
 * second sees the first's change (PostgreSQL re-checks a locked row's WHERE after the wait).
 */
async function refuseIfLastAdmin(tx: Tx, leavingId: string, field?: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE 'ADMIN' = ANY (roles) AND "disabledAt" IS NULL ORDER BY id FOR UPDATE`;
  if (!admins.some((admin) => admin.id !== leavingId)) throw new ActionError(m.lastAdmin, field);
}

const roleOrder: Role[] = ["EDITOR", "APPROVER", "ADMIN"];
const sortRoles = (roles: readonly Role[]) => roleOrder.filter((role) => roles.includes(role));
const sameRoles = (a: readonly Role[], b: readonly Role[]) => sortRoles(a).join() === sortRoles(b).join();
