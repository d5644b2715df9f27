import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { auditQuerySchema } from "./query";
import { AUDIT_PAGE_SIZE, readAuditPage } from "./read";

// The audit page's reading against the seeded database (the seed publishes through the write path, audited).
beforeAll(async () => {
  await seed();
});

const page = (input: Record<string, string>) => readAuditPage(auditQuerySchema.parse(input));

describe("the audit log's filters", () => {
  it("by notice: only that notice's events, each with its slug and revision", async () => {
    const notice = await db.notice.findUniqueOrThrow({ where: { slug: notice000.slug } });
    const result = await page({ notice: notice000.slug });
    if ("error" in result) throw new Error("refused");
    expect(result.total).toBe(await db.auditEvent.count({ where: { noticeId: notice.id } }));
    expect(result.total).toBeGreaterThan(0);
    expect(result.events.every((event) => event.notice?.slug === notice000.slug)).toBe(true);
    expect(result.events.some((event) => event.action === "revision.publish" && event.revision?.number)).toBe(true);
  });

  it("by user, action and JST day: only what matches, newest first", async () => {
    const actor = await db.user.create({ data: { email: `audit-read-${Date.now().toString(36)}@staff.test`, name: "監査読み", roles: ["ADMIN"] } });
    const at = (iso: string) => new Date(iso);
    await db.auditEvent.createMany({
      data: [
        { actorId: actor.id, action: "user.roles", entityType: "User", entityId: "u1", at: at("2026-03-01T14:59:00Z") }, // 2026-03-01 23:59 JST
        { actorId: actor.id, action: "user.roles", entityType: "User", entityId: "u2", at: at("2026-03-01T15:00:00Z") }, // 2026-03-02 00:00 JST
        { actorId: actor.id, action: "user.create", entityType: "User", entityId: "u3", at: at("2026-03-01T16:00:00Z") },
      ],
    });
    const result = await page({ user: actor.id, action: "user.roles", from: "2026-03-02", to: "2026-03-02" });
    if ("error" in result) throw new Error("refused");
    expect(result.events.map((event) => event.entityId)).toEqual(["u2"]);
    const all = await page({ user: actor.id });
    if ("error" in all) throw new Error("refused");
    expect(all.events.map((event) => event.entityId)).toEqual(["u3", "u2", "u1"]);
    expect(all.events[0]?.actor?.name).toBe("監査読み");
  });

  it("pages by 50, and says an unknown notice is unknown", async () => {
    const result = await page({ page: "999" });
    if ("error" in result) throw new Error("refused");
    expect(result.events).toEqual([]);
    expect(result.lastPage).toBe(Math.max(1, Math.ceil(result.total / AUDIT_PAGE_SIZE)));
    expect(await page({ notice: "no-such-notice" })).toEqual({ error: { field: "notice", message: "notice" } });
  });
});
