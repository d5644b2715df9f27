// Reminders and a window's start and end, against real PostgreSQL: due once per window
// edge (the edges task runs every minute: a second run writes nothing), only for edges that
// were public before they happened: "start now" and "end now" carry their own publication
// message and get no separate start or end message; a cancelled window gets none.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { endMaintenance, startMaintenance } from "@/lib/maintenance/controls/commands";
import { as, minimalContent, publishedAmendment, publishedNotice, staffIds } from "@/lib/notices/commands/test-support";
import { seed } from "@/prisma/seed";
import { dueEdges, recordDueEdges } from "./edges";

const tag = randomUUID().slice(0, 8);
const key = (name: string) => `${name}-${tag}`;
const HOUR = 3_600_000;
const MINUTE = 60_000;

beforeAll(async () => {
  await seed();
  const service = await db.service.create({ data: { key: key("svc"), nameJa: "テスト決済" } });
  await db.channel.create({ data: { key: key("page"), type: "PAYMENT_PAGE", serviceId: service.id, nameJa: "決済画面" } });
  await db.merchant.create({
    data: { code: `E-${tag}`, nameJa: "加盟店E", services: { create: [{ serviceId: service.id }] }, contacts: { create: [{ email: `e@${tag}.example.com` }] } },
  });
});

const windowAt = (startsInHours: number, hours = 2) => {
  const start = new Date(Math.ceil((Date.now() + startsInHours * HOUR) / 1000) * 1000);
  return { key: "main", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR).toISOString(), channelKeys: [key("page")] };
};
const mine = (edges: Awaited<ReturnType<typeof dueEdges>>, revisionId: string) => edges.filter((e) => e.revisionId === revisionId).map((e) => e.event);

describe("edges", () => {
  it("makes the reminder due 24 h before the start, the start at the start and the end at the end, each once", async () => {
    const window = windowAt(48);
    const { revision } = await publishedNotice(minimalContent(48, { windows: [window] }));
    const start = new Date(window.startsAt).getTime();
    const end = new Date(window.endsAt).getTime();
    expect(mine(await dueEdges(new Date(start - 24 * HOUR - MINUTE)), revision.id)).toEqual([]);
    expect(mine(await dueEdges(new Date(start - 24 * HOUR + MINUTE)), revision.id)).toEqual(["REMINDER"]);
    expect(mine(await dueEdges(new Date(start + MINUTE)), revision.id)).toEqual(["WINDOW_START"]);
    expect(mine(await dueEdges(new Date(end + MINUTE)), revision.id)).toEqual(["WINDOW_END"]);
    // an end long past is not told any more
    expect(mine(await dueEdges(new Date(end + 2 * HOUR)), revision.id)).toEqual([]);

    const at = new Date(start - 24 * HOUR + MINUTE);
    await recordDueEdges(at);
    await recordDueEdges(at);
    const rows = await db.sendLog.findMany({ where: { revisionId: revision.id, event: "REMINDER" }, select: { recipient: true, status: true, windowId: true } });
    expect(rows.filter((r) => r.recipient === `e@${tag}.example.com`)).toHaveLength(1);
    expect(rows.every((r) => r.windowId !== null)).toBe(true);
  });

  it("tells the end of an extended window at its new end, and none of a cancelled window", async () => {
    const window = windowAt(30);
    const { notice } = await publishedNotice(minimalContent(30, { windows: [window] }));
    const later = new Date(new Date(window.endsAt).getTime() + HOUR).toISOString();
    const extended = await publishedAmendment(notice.id, minimalContent(30, { windows: [{ ...window, endsAt: later }], amendment: { type: "EXTENSION", summary: { ja: "延長します" } } }));
    expect(mine(await dueEdges(new Date(new Date(window.endsAt).getTime() + MINUTE)), extended.id)).toEqual(["WINDOW_START"]);
    expect(mine(await dueEdges(new Date(new Date(later).getTime() + MINUTE)), extended.id)).toEqual(["WINDOW_END"]);

    const cancelled = await publishedAmendment(notice.id, minimalContent(30, { windows: [{ ...window, endsAt: later, status: "CANCELLED" }], amendment: { type: "CANCELLATION", summary: { ja: "中止します" } } }));
    expect(mine(await dueEdges(new Date(new Date(window.startsAt).getTime() + MINUTE)), cancelled.id)).toEqual([]);
  });

  it("sends no separate start for 'start now' nor a separate end for 'end now': their publications are the messages", async () => {
    const { approver } = await staffIds();
    const origin = { source: "CONSOLE" as const };
    const started = await as(approver, (c) => startMaintenance(c, { channels: [key("page")], endsAt: new Date(Date.now() + 2 * HOUR), reason: "障害" }, origin));
    // the publication itself told the merchants
    expect(await db.sendLog.count({ where: { revisionId: started.revisionId, event: "PUBLICATION", recipient: `e@${tag}.example.com` } })).toBe(1);
    expect(mine(await dueEdges(new Date(Date.now() + MINUTE)), started.revisionId)).toEqual([]);
    const window = await db.maintenanceWindow.findFirstOrThrow({ where: { revisionId: started.revisionId } });
    const ended = await as(approver, (c) => endMaintenance(c, { revisionId: started.revisionId, windowKey: window.key }, origin));
    expect(await db.sendLog.count({ where: { revisionId: ended.revisionId, event: "PUBLICATION", recipient: `e@${tag}.example.com` } })).toBe(1);
    expect(mine(await dueEdges(new Date(Date.now() + MINUTE)), ended.revisionId)).toEqual([]);
  });
});
