// LISTEN against real PostgreSQL: a publication is heard when its transaction
// commits (never before, never after a rollback), and the listener survives its
// connection being killed.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { approvedNotice, publishHeld, publishNow, sleep, until } from "@/test/publish-helpers";
import { parseNotification, type PageChange } from "./change-feed";
import { listenForChanges, type Listener } from "./change-listener";

beforeAll(async () => {
  await seed();
});

const connectionString = process.env.DATABASE_URL!;
let listener: Listener | null = null;
afterEach(async () => {
  await listener?.stop();
  listener = null;
});

/** Starts a listener that records what it hears, and waits until LISTEN is in effect. */
async function startListener(options: { minDelayMs?: number } = {}) {
  const heard: { change: PageChange | null; at: number }[] = [];
  const logs: string[] = [];
  let listens = 0;
  listener = listenForChanges({
    connectionString,
    onNotification: (payload) => heard.push({ change: parseNotification(payload), at: Date.now() }),
    onListening: () => listens++,
    log: (message) => logs.push(message),
    ...options,
  });
  await until(() => listens === 1, 5_000, "LISTEN");
  return { heard, logs, listens: () => listens, heardOf: (slug: string) => heard.filter((h) => h.change?.slug === slug) };
}

describe("LISTEN public_page_change", () => {
  it("hears a publication when its transaction commits, not while it is open", async () => {
    const { heardOf } = await startListener();
    const notice = await approvedNotice();
    const held = await publishHeld(notice);
    await sleep(1_000);
    expect(heardOf(notice.notice.slug)).toEqual([]);

    const committing = Date.now();
    await held.commit();
    await until(() => heardOf(notice.notice.slug).length > 0, 2_000, "the notification");
    const [heard] = heardOf(notice.notice.slug);
    const row = await db.publicPageChange.findFirstOrThrow({ where: { noticeId: notice.notice.id }, select: { id: true } });
    expect(heard!.change).toEqual({ id: String(row.id), slug: notice.notice.slug });
    console.log(`[freshness] notification ${heard!.at - committing} ms after the commit was sent`);
    await sleep(200);
    expect(heardOf(notice.notice.slug)).toHaveLength(1);
  });

  it("reconnects after its connection is ended, and hears what is committed afterwards", async () => {
    const { heardOf, logs, listens } = await startListener({ minDelayMs: 50 });
    const backends = await db.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity WHERE application_name = 'freshness-listener' AND datname = current_database()`;
    expect(backends).toHaveLength(1);
    await db.$queryRaw`SELECT pg_terminate_backend(${backends[0]!.pid}::int)`;
    await until(() => listens() === 2, 5_000, "the second LISTEN");
    expect(logs).toEqual([expect.stringMatching(/^\[freshness\] LISTEN connection lost \(.+\); reconnecting in \d+ ms$/)]);

    const notice = await approvedNotice();
    await publishNow(notice);
    await until(() => heardOf(notice.notice.slug).length > 0, 2_000, "the notification after reconnecting");
  });

  it("backs off exponentially while the database cannot be reached", async () => {
    const unreachable = new URL(connectionString);
    unreachable.port = "1"; // nothing listens there
    const logs: string[] = [];
    listener = listenForChanges({ connectionString: unreachable.toString(), onNotification: () => {}, log: (m) => logs.push(m), minDelayMs: 20, maxDelayMs: 200 });
    await until(() => logs.length >= 6, 5_000, "six attempts");
    const delays = logs.map((m) => Number(/reconnecting in (\d+) ms/.exec(m)![1]));
    // attempt k waits between half and all of min(200, 20·2^k) (jitter)
    delays.slice(0, 6).forEach((delay, k) => {
      const full = Math.min(200, 20 * 2 ** k);
      expect(delay).toBeGreaterThanOrEqual(Math.floor(full / 2));
      expect(delay).toBeLessThanOrEqual(full);
    });
    expect(listener.listening).toBe(false);
  });
});
