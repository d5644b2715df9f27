"use server";
import { defineAction } from "@/lib/actions/action-client";
import { endAllSessions, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { reviewBreakGlass } from "@/lib/notices/commands";
import { reviewBreakGlassSchema } from "@/lib/notices/commands/schemas";
import { setConsoleLocale } from "@/lib/users/preferences/commands";
import { consoleLocaleSchema } from "@/lib/users/preferences/schema";

/** "Sign out everywhere": every session of the signed-in user ends, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(db, user.id, { userId: user.id });
}

/** The console header's language switch: the signed-in user's own console language, audited. */
export const setConsoleLocaleAction = defineAction({ schema: consoleLocaleSchema, roles: "signed-in", run: setConsoleLocale });

/** The dashboard's "approve afterwards" of a break-glass publication (Decision 5): another approver. */
export const reviewBreakGlassAction = defineAction({
  schema: reviewBreakGlassSchema,
  roles: ["APPROVER"],
  run: async (input, context) => {
    await reviewBreakGlass(context, input);
    return {};
  },
});
