"use server";
import { defineAction } from "@/lib/actions/action-client";
import { endAllSessions, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setConsoleLocale } from "@/lib/users/preferences/commands";
import { consoleLocaleSchema } from "@/lib/users/preferences/schema";

/** "Sign out everywhere": every session of the signed-in user ends, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(db, user.id, { userId: user.id });
}

/** The console header's language switch: the signed-in user's own console language, audited. */
export const setConsoleLocaleAction = defineAction({ schema: consoleLocaleSchema, roles: "signed-in", run: setConsoleLocale });
