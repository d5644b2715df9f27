import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { executeWrite, formReply, type ActionContext } from "./action-client";
import { ActionError, ConflictError } from "./errors";

// The write path's transaction against a real database: a write and its audit event
// commit together; a refusal (a broken rule, a conflict, a taken key) reaches the form
// as the named field's error and leaves nothing behind.
const schema = z.object({ key: z.string().min(1) });
let counter = 0;

async function staff(): Promise<SessionUser> {
  const user = await db.user.create({ data: { email: `write-${Date.now().toString(36)}-${++counter}@staff.test`, name: "書込 太郎", roles: ["ADMIN"] } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
}

function submission(key: string) {
  const form = new FormData();
  form.set("key", key);
  const parsed = parseWithZod(form, { schema });
  if (parsed.status !== "success") throw new Error("the test's form should parse");
  return parsed;
}

const createAudience = (then?: () => never) => async (input: { key: string }, { tx, actor }: ActionContext) => {
  const row = await tx.audience.create({ data: { key: input.key, nameJa: "テスト", nameEn: "Test" } });
  await audit(tx, { actor, action: "catalog.audience.create", entityType: "Audience", entityId: row.id });
  then?.();
};

describe("executeWrite", () => {
  it("commits the write with its audit event, by the signed-in user", async () => {
    const user = await staff();
    const key = `audience-${++counter}`;
    const result = await executeWrite(createAudience(), { key }, user, formReply(submission(key)));
    expect(result.ok).toBe(true);
    const row = await db.audience.findUniqueOrThrow({ where: { key } });
    expect(await db.auditEvent.findFirst({ where: { entityId: row.id } })).toMatchObject({ actorId: user.id, action: "catalog.audience.create" });
  });

  it("turns a broken rule into the field's error and stores nothing, not even the audit event", async () => {
    const user = await staff();
    const key = `audience-${++counter}`;
    const refuse = () => {
      throw new ActionError("このキーは使えません。", "key");
    };
    const result = await executeWrite(createAudience(refuse), { key }, user, formReply(submission(key)));
    expect(result).toMatchObject({ ok: false, reply: { status: "error", error: { key: ["このキーは使えません。"] } } });
    expect(await db.audience.findUnique({ where: { key } })).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("hands a conflict's stored state back to the form", async () => {
    const user = await staff();
    const key = `audience-${++counter}`;
    const conflict = () => {
      throw new ConflictError("他の人が先に保存しました。", { version: 7, text: "保存済みの本文" }, "key");
    };
    const result = await executeWrite(createAudience(conflict), { key }, user, formReply(submission(key)));
    expect(result).toMatchObject({ ok: false, reply: { conflict: { version: 7, text: "保存済みの本文" }, error: { key: ["他の人が先に保存しました。"] } } });
  });

  it("reports a unique violation at its field (the index decides, not a read before the write)", async () => {
    const user = await staff();
    const key = `audience-${++counter}`;
    await executeWrite(createAudience(), { key }, user, formReply(submission(key)));
    const again = await executeWrite(createAudience(), { key }, user, formReply(submission(key)));
    expect(again).toMatchObject({ ok: false, reply: { error: { key: ["このキーは既に使われています。"] } } });
    expect(await db.audience.count({ where: { key } })).toBe(1);
  });

  it("lets any other error through: a bug is not a form error", async () => {
    const user = await staff();
    const key = `audience-${++counter}`;
    const bug = () => {
      throw new TypeError("a bug");
    };
    await expect(executeWrite(createAudience(bug), { key }, user, formReply(submission(key)))).rejects.toThrow(new TypeError("a bug"));
    expect(await db.audience.findUnique({ where: { key } })).toBeNull();
  });
});
