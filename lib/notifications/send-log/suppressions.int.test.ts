import { parseWithZod } from "@conform-to/zod/v4";
import { beforeAll, describe, expect, it } from "vitest";
import { executeWrite, formReply } from "@/lib/actions/action-client";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { clearSuppressionSchema } from "./suppression-schema";
import { activeSuppressions, clearSuppression } from "./suppressions";

// Clearing a suppressed address through the write path's transaction (executeWrite, as
// defineAction runs it): soft, audited, once.
beforeAll(async () => {
  await seed();
});

let counter = 0;
const tag = `sup${Date.now().toString(36)}`;

async function admin(): Promise<SessionUser> {
  const user = await db.user.create({ data: { email: `${tag}-${++counter}@staff.test`, name: "解除 花子", roles: ["ADMIN"] } });
  return { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
}

function clear(suppressionId: string, user: SessionUser) {
  const form = new FormData();
  form.set("suppressionId", suppressionId);
  const submission = parseWithZod(form, { schema: clearSuppressionSchema });
  if (submission.status !== "success") throw new Error("the form should parse");
  return executeWrite(clearSuppression, submission.value, user, formReply(submission));
}

describe("clearing a suppression", () => {
  it("marks it cleared by whom and when, keeps the row, audits it, and the list no longer shows it", async () => {
    const user = await admin();
    const row = await db.suppression.create({ data: { address: `bounce-${tag}@shop.test`, reason: "550 5.1.1 user unknown" } });
    expect((await activeSuppressions()).map((s) => s.id)).toContain(row.id);
    const result = await clear(row.id, user);
    expect(result.ok).toBe(true);
    const stored = await db.suppression.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.clearedById).toBe(user.id);
    expect(stored.clearedAt).toBeInstanceOf(Date);
    expect(await db.auditEvent.findFirst({ where: { entityType: "Suppression", entityId: row.id } })).toMatchObject({
      actorId: user.id,
      action: "suppression.clear",
      data: { address: `bounce-${tag}@shop.test`, reason: "550 5.1.1 user unknown" },
    });
    expect((await activeSuppressions()).map((s) => s.id)).not.toContain(row.id);
    // the address may be suppressed anew (one active row per address)
    await db.suppression.create({ data: { address: `bounce-${tag}@shop.test`, reason: "again" } });
  });

  it("refuses to clear twice: a conflict that says it is cleared, and no second audit event", async () => {
    const [first, second] = [await admin(), await admin()];
    const row = await db.suppression.create({ data: { address: `twice-${tag}@shop.test`, reason: "550" } });
    expect((await clear(row.id, first)).ok).toBe(true);
    const again = await clear(row.id, second);
    expect(again).toMatchObject({ ok: false, reply: { status: "error", error: { "": ["この宛先の送信停止は、すでに解除されています。"] }, conflict: { clearedById: first.id } } });
    expect((await db.suppression.findUniqueOrThrow({ where: { id: row.id } })).clearedById).toBe(first.id);
    expect(await db.auditEvent.count({ where: { entityType: "Suppression", entityId: row.id } })).toBe(1);
  });

  it("says an unknown suppression is unknown and writes nothing", async () => {
    const user = await admin();
    expect(await clear("nosuchsuppression", user)).toMatchObject({ ok: false, reply: { error: { "": ["この送信停止は見つかりません。"] } } });
    expect(await db.auditEvent.count({ where: { actorId: user.id } })).toBe(0);
  });

  it("lists the send log row that caused a suppression", async () => {
    const notice = await db.notice.findFirst({ include: { revisions: { take: 1 } } });
    if (!notice?.revisions[0]) throw new Error("the database has no notice to hang a send log row on");
    const log = await db.sendLog.create({ data: { noticeId: notice.id, revisionId: notice.revisions[0].id, channel: "EMAIL", recipient: `cause-${tag}@shop.test`, status: "FAILED" } });
    const row = await db.suppression.create({ data: { address: `cause-${tag}@shop.test`, reason: "550", sendLogId: log.id } });
    const listed = (await activeSuppressions()).find((s) => s.id === row.id);
    expect(listed?.cause).toMatchObject({ id: log.id, notice: { slug: notice.slug } });
  });
});
