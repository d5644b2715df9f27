import "server-only";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { audit, type Actor } from "@/lib/audit";
import { db, type Db } from "@/lib/db";
import type { ConsoleLocale, Role } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { secondFactorRequired } from "./two-factor/two-factor";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionVersion: number;
  /** the console language the user chose (lib/i18n/console) */
  locale: ConsoleLocale;
}

/** What a session token claims: who, which session version it was issued for, whether it passed a second factor. */
export interface SessionClaims {
  userId?: unknown;
  sessionVersion?: unknown;
  secondFactorPassed?: unknown;
}

/**
 * What a session is worth now, decided against the database on every request:
 * - null: it no longer counts (the user is gone or deactivated, their session
 *   version moved on: roles changed, password or second factor reset, "sign out
 *   everywhere"), or the user has a second factor this session did not pass;
 * - "must-enrol": the user's roles need a second factor and none is enrolled yet
 *   (Decision 5): the enrolment page is all this session may use;
 * - "signed-in": the console is theirs, within their roles.
 */
export type SessionState = { status: "signed-in"; user: SessionUser } | { status: "must-enrol"; user: SessionUser };

export const enrolmentPath = "/admin/account/two-factor";

export async function sessionStateFor(client: Db, claims: SessionClaims | null): Promise<SessionState | null> {
  if (!claims || typeof claims.userId !== "string" || typeof claims.sessionVersion !== "number") return null;
  const user = await client.user.findUnique({ where: { id: claims.userId } });
  if (!user || user.disabledAt !== null || user.sessionVersion !== claims.sessionVersion) return null;
  const sessionUser = { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
  if (user.totpSecret) return claims.secondFactorPassed === true ? { status: "signed-in", user: sessionUser } : null;
  return { status: secondFactorRequired(user.roles) ? "must-enrol" : "signed-in", user: sessionUser };
}

/** The user of a session that may use the console, or null (see sessionStateFor). */
export async function userForSession(client: Db, claims: SessionClaims | null): Promise<SessionUser | null> {
  const state = await sessionStateFor(client, claims);
  return state?.status === "signed-in" ? state.user : null;
}

/** This request's session state (for the sign-in and enrolment pages). */
export async function currentSessionState(): Promise<SessionState | null> {
  const session = (await getServerSession(authOptions())) as SessionClaims | null;
  return sessionStateFor(db, session);
}

/** The signed-in user of this request, checked against the database; null when there is none. */
export async function currentUser(): Promise<SessionUser | null> {
  const state = await currentSessionState();
  return state?.status === "signed-in" ? state.user : null;
}

/** The first line of every console page, server action and route handler. */
export async function requireUser(): Promise<SessionUser> {
  const state = await currentSessionState();
  if (!state) redirect("/admin/sign-in");
  if (state.status === "must-enrol") redirect(enrolmentPath);
  return state.user;
}

/** As requireUser, but also for a session that must enrol a second factor first: the enrolment page and its action only. */
export async function requireUserMayEnrol(): Promise<SessionState> {
  const state = await currentSessionState();
  if (!state) redirect("/admin/sign-in");
  return state;
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
