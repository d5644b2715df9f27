import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import { refreshMaintenanceSnapshot, resetMaintenanceSnapshot, snapshotDirectory, SNAPSHOT_FILE } from "@/lib/maintenance/snapshot-store";
import { runPublishHook } from "@/lib/notices/publish-hook";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { minimalContent, publishedAmendment, publishedNotice } from "@/lib/notices/commands/test-support";
import { checkSchema } from "@/test/json-schema-check";
import { openApiJsonDocument } from "./documents";
import { maintenanceDocument } from "./maintenance";

// GET /api/v1/maintenance against a real database: publications through the console's
// commands and the one publish hook, answers checked against the OpenAPI file.

const openapi = JSON.parse(openApiJsonDocument().body);
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "maintenance-snapshot-"));
const HOUR = 3_600_000;

const answer = async (query: string) => maintenanceDocument(new URLSearchParams(query));
async function body(query: string) {
  const result = await answer(query);
  if (!("body" in result)) throw new Error(`no body for ${query}: ${JSON.stringify(result)}`);
  const json = JSON.parse(result.body);
  const schema = query.includes("channel=") ? "MaintenanceState" : "MaintenanceList";
  expect(checkSchema(json, openapi.components.schemas[schema], openapi), query).toEqual([]);
  return { json, maxAgeSeconds: result.maxAgeSeconds };
}

// a channel only this file's windows name, so that notices of other files do not overlap
const CHANNEL = "token-embedded";
let start: Date;
let end: Date;
let slug: string;
let noticeId: string;

beforeAll(async () => {
  process.env.MAINTENANCE_SNAPSHOT_DIR = directory;
  resetMaintenanceSnapshot();
  await seed();
  // two years ahead, clear of every other file's windows; whole seconds
  start = new Date(Math.ceil((Date.now() + 2 * 365 * 24 * HOUR) / 1000) * 1000);
  end = new Date(start.getTime() + 2 * HOUR);
  const published = await publishedNotice(minimalContent(24, { windows: [{ key: "main", startsAt: start.toISOString(), endsAt: end.toISOString(), channelKeys: [CHANNEL] }] }));
  ({ slug } = published.notice);
  noticeId = published.notice.id;
  await runPublishHook([{ slug }]);
});

afterAll(() => {
  setClock(null);
  delete process.env.MAINTENANCE_SNAPSHOT_DIR;
  fs.rmSync(directory, { recursive: true, force: true });
});

describe("GET /api/v1/maintenance", () => {
  it("the publish hook wrote the snapshot to MAINTENANCE_SNAPSHOT_DIR", () => {
    expect(snapshotDirectory()).toBe(directory);
    const file = JSON.parse(fs.readFileSync(path.join(directory, SNAPSHOT_FILE), "utf8"));
    expect(file.notices.map((n: { slug: string }) => n.slug)).toContain(slug);
    // nothing half-written is left beside it
    expect(fs.readdirSync(directory)).toEqual([SNAPSHOT_FILE]);
  });

  it("is off before the window, on from its first second to its last, off at its end", async () => {
    setClock(new Date(start.getTime() - 1));
    const before = await body(`channel=${CHANNEL}`);
    expect(before.json).toMatchObject({ active: false, channel: CHANNEL, errorCode: null, window: null, retryAfterSeconds: null, notice: null, resendAfterWindow: false });
    expect(before.json.next).toMatchObject({ start: start.toISOString(), end: end.toISOString(), notice: { slug } });
    // a cache may not keep "off" past the start
    expect(before.maxAgeSeconds).toBe(0);

    setClock(start);
    const during = await body(`channel=${CHANNEL}`);
    expect(during.json).toMatchObject({
      active: true,
      channel: CHANNEL,
      window: { start: start.toISOString(), end: end.toISOString() },
      retryAfterSeconds: 7200,
      notice: { slug, title: { ja: "テストメンテナンスのお知らせ", en: null } },
      unavailable: ["webcollect", "credit-card"],
      available: [],
      resendAfterWindow: true,
    });
    // the notice has no screen settings: the admin's default texts and code
    const defaults = await db.screenDefaults.findFirstOrThrow();
    expect(during.json).toMatchObject({ errorCode: defaults.errorCode, message: { ja: defaults.messageJa }, inlineMessage: { ja: defaults.inlineMessageJa } });
    expect(during.maxAgeSeconds).toBe(60);

    setClock(new Date(end.getTime() - 1));
    expect((await body(`channel=${CHANNEL}`)).json).toMatchObject({ active: true, retryAfterSeconds: 1 });
    setClock(end);
    expect((await body(`channel=${CHANNEL}`)).json).toMatchObject({ active: false, window: null });
  });

  it("answers from memory: a publication shows once the publish hook ran, not before", async () => {
    setClock(null);
    const later = new Date(end.getTime() + HOUR);
    const extended = {
      ...minimalContent(),
      windows: [{ key: "main", startsAt: start.toISOString(), endsAt: later.toISOString(), channelKeys: [CHANNEL] }],
      amendment: { type: "EXTENSION" as const, summary: { ja: "1時間延長" }, windowKeys: ["main"] },
    };
    await publishedAmendment(noticeId, extended);
    setClock(end);
    // committed, but this instance has not run its hook: memory still has the old end
    expect((await body(`channel=${CHANNEL}`)).json).toMatchObject({ active: false });
    await runPublishHook([{ slug }]);
    expect((await body(`channel=${CHANNEL}`)).json).toMatchObject({ active: true, retryAfterSeconds: 3600, window: { end: later.toISOString() } });
  });

  it("a cancelled window (中止) turns the screen off", async () => {
    setClock(null);
    const cancelled = {
      ...minimalContent(),
      windows: [{ key: "main", startsAt: start.toISOString(), endsAt: new Date(end.getTime() + HOUR).toISOString(), status: "CANCELLED" as const, channelKeys: [CHANNEL] }],
      amendment: { type: "CANCELLATION" as const, summary: { ja: "中止" }, windowKeys: ["main"] },
    };
    await publishedAmendment(noticeId, cancelled);
    await runPublishHook([{ slug }]);
    setClock(start);
    expect((await body(`channel=${CHANNEL}`)).json).toMatchObject({ active: false, next: null });
  });

  it("without a channel, lists every channel of the catalog in catalog order", async () => {
    setClock(null);
    const { json } = await body("");
    const channels = await db.channel.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }] });
    expect(json.channels.map((c: { channel: string }) => c.channel)).toEqual(channels.map((c) => c.key));
  });

  it("an instant before the snapshot reads the database: notice 000's window of 2019", async () => {
    setClock(null);
    await refreshMaintenanceSnapshot();
    const { json, maxAgeSeconds } = await body("channel=link-payment-page&at=2019-07-29T02:00:00%2B09:00");
    expect(json).toMatchObject({ active: true, errorCode: "Z010000000", retryAfterSeconds: 5 * 3600, notice: { slug: notice000.slug }, window: { start: "2019-07-28T17:00:00.000Z" } });
    expect(json.unavailable).toEqual(["webcollect", "credit-card", "convenience-store", "carrier", "kuroneko-pay"]);
    expect(json.inlineMessage.ja).toBe(notice000.revision2.screen!.inlineMessage.ja);
    expect(maxAgeSeconds).toBe(60);
    expect((await body("channel=link-payment-page&at=2019-07-29T07:00:00%2B09:00")).json).toMatchObject({ active: false });
  });

  it("refuses what it cannot answer: 404 for an unknown channel, 400 for a bad or repeated parameter", async () => {
    expect(await answer("channel=no-such-channel")).toEqual({ notFound: true });
    expect(await answer("channel=API")).toEqual({ notFound: true });
    for (const [query, parameter, reason] of [
      ["at=yesterday", "at", "invalid"],
      ["at=2026-02-30T00:00:00Z", "at", "invalid"],
      ["at=2026-07-29T02:00:00", "at", "invalid"],
      ["channel=api&channel=api", "channel", "repeated"],
      ["chanel=api", "chanel", "unsupported"],
    ]) {
      const result = await answer(query!);
      expect(result, query).toMatchObject({ problem: { error: "invalid_parameter", parameter, reason } });
      expect(checkSchema((result as { problem: unknown }).problem, openapi.components.schemas.BadRequest, openapi)).toEqual([]);
    }
  });
});
