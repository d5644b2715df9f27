"use server";
import { endAllSessions, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** "Sign out everywhere": every session of the signed-in user ends, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(db, user.id, { userId: user.id });
}
