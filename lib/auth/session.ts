import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { audit, type Actor } from "@/lib/audit";
import { db, type Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionVersion: number;
}

/** What a session token claims: who, and which session version it was issued for. */
export interface SessionClaims {
  userId?: unknown;
  sessionVersion?: unknown;
}

/**
 * The user a session belongs to, or null when the session no longer counts: the
 * user is gone or deactivated, or their session version moved on (roles changed,
 * password reset, "sign out everywhere").
 */
export async function userForSession(client: Db, claims: SessionClaims | null): Promise<SessionUser | null> {
  if (!claims || typeof claims.userId !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await client.user.findUnique({ where: { id: claims.userId } });
  if (!user || user.disabledAt !== null || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion };
}

/** The signed-in user of this request, checked against the database; null when there is none. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = (await getServerSession(authOptions())) as SessionClaims | null;
  return userForSession(db, session);
}

/** The first line of every console page, server action and route handler. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/admin/sign-in");
  return user;
}

/** As requireUser, and the user must hold `role` (DESIGN.md Decision 5: roles are held side by side). */
export async function requireUserWithRole(role: Role): Promise<SessionUser> {
  const user = await requireUser();
  if (!user.roles.includes(role)) forbidden();
  return user;
}

/** Ends every session of the user at once (each request compares the token's version with the user's), audited. */
export async function endAllSessions(client: Db, userId: string, actor: Actor): Promise<void> {
  await client.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, { actor, action: "user.end-sessions", entityType: "User", entityId: userId });
  });
}
