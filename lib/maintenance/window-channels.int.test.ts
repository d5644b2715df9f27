// A window's channels as rows referencing the catalog (issue 10): the migration that
// made them, the field error for a key the catalog lacks, and the indexed question
// "which windows cover channel X". Immutability of a published revision's rows is in
// lib/notices/workflow/constraints.int.test.ts (MaintenanceWindowChannel_immutable_when_published).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UnknownCatalogKeyError } from "@/lib/notices/content/write";
import { draftNotice, minimalContent, publishedNotice } from "@/test/db-helpers";
import { seed } from "@/prisma/seed";
import { windowsCoveringChannel, windowsCoveringChannelSql } from "./covering";
import { storedChannelKeys, windowChannelRows } from "./window-channels";

beforeAll(async () => {
  await seed();
});

const HOUR = 3_600_000;
const contentAt = (start: Date, hours: number, channelKeys: string[], screenChannels?: string[]) =>
  minimalContent(0, {
    windows: [{ key: "main", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + hours * HOUR).toISOString(), channelKeys }],
    ...(screenChannels && {
      screen: {
        errorCode: "Z010000000",
        modalBehavior: "FULL_PAGE" as const,
        heading: { ja: "メンテナンスのお知らせ" },
        message: { ja: "ただいまメンテナンス中です。" },
        periodLabel: { ja: "メンテナンス期間" },
        inlineMessage: { ja: "メンテナンス中です。" },
        contactLabel: { ja: "お問い合わせ" },
        contactLines: { ja: ["カスタマーサービス"], en: [] },
        channelKeys: screenChannels,
      },
    }),
  });

describe("the migration window_channel_rows", () => {
  const dir = fs.readdirSync("prisma/migrations").find((d) => d.endsWith("_window_channel_rows"))!;
  const migration = fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");

  /**
   * Puts this database back as it was before the migration (the key array, no rows, no
   * index), gives the draft's window `keys`, runs the migration file as `migrate deploy`
   * would (one multi-statement query) and hands the connection to `check`; everything is
   * rolled back afterwards.
   */
  async function migrateWith(windowId: string, keys: string[], check: (client: pg.Client) => Promise<void>) {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`DROP TABLE "MaintenanceWindowChannel"; DROP INDEX "ScreenChannel_channelId_idx";
                          ALTER TABLE "MaintenanceWindow" ADD COLUMN "channelKeys" TEXT[]`);
      await client.query(`UPDATE "MaintenanceWindow" SET "channelKeys" = $1 WHERE "id" = $2`, [keys, windowId]);
      await client.query(migration);
      await check(client);
    } finally {
      await client.query("ROLLBACK").catch(() => {});
      await client.end();
    }
  }

  it("copies each window's keys into rows referencing the catalog and drops the array", async () => {
    const { revision } = await draftNotice();
    const window = await db.maintenanceWindow.findFirstOrThrow({ where: { revisionId: revision.id } });
    await migrateWith(window.id, ["token-modal", "api", "token-modal"], async (client) => {
      const rows = await client.query(
        `SELECT c."key" FROM "MaintenanceWindowChannel" wc JOIN "Channel" c ON c."id" = wc."channelId" WHERE wc."windowId" = $1 ORDER BY c."key"`,
        [window.id],
      );
      expect(rows.rows.map((r) => r.key)).toEqual(["api", "token-modal"]);
      const column = await client.query(`SELECT 1 FROM information_schema.columns WHERE table_name = 'MaintenanceWindow' AND column_name = 'channelKeys'`);
      expect(column.rowCount).toBe(0);
    });
  });

  it("fails loudly on a key the catalog does not hold, naming the window and the key", async () => {
    const { revision } = await draftNotice();
    const window = await db.maintenanceWindow.findFirstOrThrow({ where: { revisionId: revision.id } });
    const failed = await migrateWith(window.id, ["api", "tokn-modal"], async () => {
      throw new Error("the migration ran through");
    }).catch((e: unknown) => e);
    expect(failed).toMatchObject({
      code: "23503",
      message: `MaintenanceWindow.channelKeys names channels the catalog does not hold: window ${window.id} (revision ${revision.id}): "tokn-modal"`,
    });
  });
});

describe("saving a window's channels", () => {
  it("refuses a key the catalog does not hold at that window's channel field and writes nothing", async () => {
    const before = await db.revision.count();
    const content = minimalContent(24, {
      windows: [
        { key: "main", startsAt: "2030-01-01T01:00:00Z", endsAt: "2030-01-01T02:00:00Z", channelKeys: ["api"] },
        { key: "second", startsAt: "2030-01-02T01:00:00Z", endsAt: "2030-01-02T02:00:00Z", channelKeys: ["api", "fax"] },
      ],
    });
    const error = await draftNotice(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownCatalogKeyError);
    expect([(error as UnknownCatalogKeyError).field, (error as UnknownCatalogKeyError).message]).toEqual([
      "content.windows.1.channelKeys",
      "カタログにチャネル「fax」はありません。",
    ]);
    expect(await db.revision.count()).toBe(before);
  });

  it("stores the keys as rows and reads them back in catalog order", async () => {
    const { revision } = await draftNotice(contentAt(new Date("2030-02-01T01:00:00Z"), 1, ["merchant-console", "api", "link-payment-page"]));
    const window = await db.maintenanceWindow.findFirstOrThrow({ where: { revisionId: revision.id }, include: windowChannelRows });
    const order = await db.channel.findMany({ where: { key: { in: ["merchant-console", "api", "link-payment-page"] } }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
    expect(storedChannelKeys(window)).toEqual(order.map((c) => c.key));
  });

  it("keeps a channel that a window names from being deleted (the foreign key)", async () => {
    const channel = await db.channel.create({ data: { key: `rows-test-${Date.now()}`, type: "TEST", nameJa: "試験用チャネル" } });
    const { revision } = await draftNotice(contentAt(new Date("2030-02-01T01:00:00Z"), 1, [channel.key]));
    const refused = await db.channel.delete({ where: { id: channel.id } }).catch((e: unknown) => e);
    expect(String((refused as Error).message)).toContain('foreign key constraint "MaintenanceWindowChannel_channelId_fkey"');
    expect(await db.maintenanceWindowChannel.count({ where: { channelId: channel.id, window: { revisionId: revision.id } } })).toBe(1);
  });
});

describe("windowsCoveringChannel", () => {
  it("finds the published windows naming the channel or covering it through their screen, overlapping the range", async () => {
    const start = new Date("2031-03-01T17:00:00Z");
    const named = await publishedNotice(contentAt(start, 5, ["test-environment"]));
    const byScreen = await publishedNotice(contentAt(new Date(start.getTime() + 2 * HOUR), 1, [], ["test-environment"]));
    await publishedNotice(contentAt(start, 5, ["merchant-console"])); // another channel
    await publishedNotice(contentAt(new Date(start.getTime() + 30 * HOUR), 1, ["test-environment"])); // later
    await draftNotice(contentAt(start, 5, ["test-environment"])); // not published

    const found = await windowsCoveringChannel(db, "test-environment", start, new Date(start.getTime() + 24 * HOUR));
    expect(found.map((w) => [w.slug, w.key, w.startsAt.toISOString()])).toEqual([
      [named.notice.slug, "main", "2031-03-01T17:00:00.000Z"],
      [byScreen.notice.slug, "main", "2031-03-01T19:00:00.000Z"],
    ]);
    // the range is half-open at both ends: a window ending at `from` or starting at `to` does not cover it
    expect(await windowsCoveringChannel(db, "test-environment", new Date(start.getTime() + 5 * HOUR), new Date(start.getTime() + 5 * HOUR + 1))).toEqual([]);
    expect(await windowsCoveringChannel(db, "test-environment", new Date(start.getTime() - HOUR), start)).toEqual([]);
  });

  it("reads the channelId indexes (EXPLAIN)", async () => {
    const query = windowsCoveringChannelSql("test-environment", new Date("2031-03-01T00:00:00Z"), new Date("2031-03-02T00:00:00Z"));
    const plan = await db.$transaction(async (tx) => {
      // this test database is tiny, so the planner would scan it whole; without sequential
      // scans it shows which indexes the query can use (on the bench data it picks them itself)
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = await tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query.text}`, ...query.values);
      return rows.map((r) => r["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("MaintenanceWindowChannel_channelId_idx");
    expect(plan).toContain("ScreenChannel_channelId_idx");
  });
});
