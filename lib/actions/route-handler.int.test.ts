import { describe, expect, it } from "vitest";
import { audit } from "@/lib/audit";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { executeWrite, type ActionContext } from "./action-client";
import { ActionError, ConflictError } from "./errors";
import { jsonReply } from "./route-handler";

// A route handler's refusals (defineRoute: executeWrite with the JSON replier), against
// a real database: the status and body the editor's autosave and uploads read, and
// nothing stored.
let counter = 0;

async function staff(): Promise<SessionUser> {
  const user = await db.user.create({ data: { email: `route-${Date.now().toString(36)}-${++counter}@staff.test`, name: "経路 花子", roles: ["ADMIN"] } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
}

const createAudience = (then?: () => never) => async (input: { key: string }, { tx, actor }: ActionContext) => {
  const row = await tx.audience.create({ data: { key: input.key, nameJa: "経路テスト", nameEn: "Route test" } });
  await audit(tx, { actor, action: "catalog.audience.create", entityType: "Audience", entityId: row.id });
  then?.();
};

async function refused(result: { ok: true } | { ok: false; reply: Response }) {
  if (result.ok) throw new Error("the write should have been refused");
  return { status: result.reply.status, body: await result.reply.json(), cache: result.reply.headers.get("cache-control") };
}

describe("defineRoute's refusals", () => {
  it("answers a conflict with 409 and what is stored, writing nothing", async () => {
    const user = await staff();
    const key = `route-audience-${++counter}`;
    const conflict = () => {
      throw new ConflictError("他の人が先に保存しました。", { version: 3 }, "version");
    };
    const reply = await refused(await executeWrite(createAudience(conflict), { key }, user, jsonReply));
    expect(reply).toEqual({ status: 409, body: { error: "他の人が先に保存しました。", field: "version", conflict: { version: 3 } }, cache: "no-store" });
    expect(await db.audience.findUnique({ where: { key } })).toBeNull();
  });

  it("answers a taken unique value with 409 at its field, keeping the first row only", async () => {
    const user = await staff();
    const key = `route-audience-${++counter}`;
    expect((await executeWrite(createAudience(), { key }, user, jsonReply)).ok).toBe(true);
    const reply = await refused(await executeWrite(createAudience(), { key }, user, jsonReply));
    expect(reply).toMatchObject({ status: 409, body: { error: "このキーは既に使われています。", fieldErrors: { key: ["このキーは既に使われています。"] } } });
    expect(await db.audience.count({ where: { key } })).toBe(1);
  });

  it("answers a broken rule with 422 at its field, or above the form without one", async () => {
    const user = await staff();
    const key = `route-audience-${++counter}`;
    const atField = () => {
      throw new ActionError("このキーは使えません。", "key");
    };
    const atForm = () => {
      throw new ActionError("いまは保存できません。");
    };
    expect(await refused(await executeWrite(createAudience(atField), { key }, user, jsonReply))).toMatchObject({
      status: 422,
      body: { error: "このキーは使えません。", fieldErrors: { key: ["このキーは使えません。"] } },
    });
    expect(await refused(await executeWrite(createAudience(atForm), { key }, user, jsonReply))).toMatchObject({ status: 422, body: { error: "いまは保存できません。", fieldErrors: {} } });
    expect(await db.audience.findUnique({ where: { key } })).toBeNull();
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });
});
