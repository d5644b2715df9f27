import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { executeWrite, formReply } from "@/lib/actions/action-client";
import { sessionStateFor, type SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { ConsoleLocale } from "@/lib/generated/prisma/enums";
import { setConsoleLocale } from "./commands";
import { preferenceMessages } from "./messages";
import { consoleLocaleSchema } from "./schema";

// The console header's language switch, through the action's own transaction
// (executeWrite, as defineAction runs it) against the real database.
let counter = 0;

async function staff(): Promise<SessionUser> {
  const user = await db.user.create({ data: { email: `locale-${Date.now().toString(36)}-${++counter}@staff.test`, name: "言語 花子", roles: ["EDITOR"] } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
}

function form(userId: string, locale: string) {
  const data = new FormData();
  data.set("userId", userId);
  data.set("locale", locale);
  return parseWithZod(data, { schema: consoleLocaleSchema });
}

async function switchAs(user: SessionUser, userId: string, locale: ConsoleLocale) {
  const submission = form(userId, locale);
  if (submission.status !== "success") throw new Error("the test's form should parse");
  return executeWrite(setConsoleLocale, submission.value, user, formReply(submission));
}

const storedLocale = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).locale;
const localeEvents = (id: string) => db.auditEvent.findMany({ where: { entityId: id, action: "user.locale" } });

describe("a staff member's console language", () => {
  it("is Japanese for a new user", async () => {
    const user = await staff();
    expect(user.locale).toBe("ja");
  });

  it("is stored on the user, audited with before and after, and the next session reads it", async () => {
    const user = await staff();
    const result = await switchAs(user, user.id, "en");
    expect(result.ok).toBe(true);
    expect(await storedLocale(user.id)).toBe("en");
    const events = await localeEvents(user.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: user.id, entityType: "User", data: { before: "ja", after: "en" } });
    // it follows the user to any device: the session is read from the database on every request
    const state = await sessionStateFor(db, { userId: user.id, sessionVersion: user.sessionVersion });
    expect(state?.user.locale).toBe("en");
  });

  it("is refused for another user: their language stays and nothing is audited", async () => {
    const me = await staff();
    const other = await staff();
    const result = await switchAs(me, other.id, "en");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reply.error).toEqual({ "": [preferenceMessages.notYours] });
    expect(await storedLocale(other.id)).toBe("ja");
    expect(await storedLocale(me.id)).toBe("ja");
    expect(await localeEvents(other.id)).toHaveLength(0);
    expect(await localeEvents(me.id)).toHaveLength(0);
  });

  it("refuses switching to the language already chosen, at the field", async () => {
    const user = await staff();
    const result = await switchAs(user, user.id, "ja");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reply.error).toEqual({ locale: [preferenceMessages.unchanged] });
    expect(await localeEvents(user.id)).toHaveLength(0);
  });

  it("accepts only ja and en (the form's schema, and the column's enum)", async () => {
    const user = await staff();
    const submission = form(user.id, "fr");
    expect(submission.status).toBe("error");
    expect(submission.status === "error" && submission.error).toEqual({ locale: [preferenceMessages.localeInvalid] });
    await expect(db.$executeRawUnsafe(`UPDATE "User" SET locale = 'fr' WHERE id = $1`, user.id)).rejects.toThrow(/invalid input value for enum "ConsoleLocale"/);
  });
});
