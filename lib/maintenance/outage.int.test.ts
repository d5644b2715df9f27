// "Survives a database outage" (issue 10): this file starts a PostgreSQL of its own
// (test/own-database.ts; whatever DATABASE_URL says), publishes
// through the console's commands and the publish hook, stops the database, and checks
// that GET /api/v1/maintenance still answers: from memory, and, for an instance that
// starts during the outage, from the snapshot file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownSeededDatabase, type OwnDatabase } from "@/test/own-database";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "maintenance-outage-"));
const HOUR = 3_600_000;
const CHANNEL = "kuroneko-pay-modal";

let database: OwnDatabase | null = null;
// the application's modules, imported once DATABASE_URL names this file's database
let app: {
  clock: typeof import("@/lib/clock");
  store: typeof import("@/lib/maintenance/snapshot-store");
  api: typeof import("@/lib/api/maintenance");
  hook: typeof import("@/lib/notices/publish-hook");
  screen: typeof import("@/app/maintenance/serve-screen");
};
let slug: string;
let start: Date;

async function state(query = `channel=${CHANNEL}`) {
  const answer = await app.api.maintenanceDocument(new URLSearchParams(query));
  if (!("body" in answer)) return answer;
  return JSON.parse(answer.body);
}

/** The full-page screen's answer (GET /maintenance), as a buyer gets it. */
async function screen(query = `channel=${CHANNEL}&lang=ja`) {
  const response = await app.screen.serveScreen(new Request(`http://localhost/maintenance?${query}`), "full");
  return { status: response.status, retryAfter: response.headers.get("Retry-After"), cache: response.headers.get("Cache-Control"), body: await response.text() };
}

beforeAll(async () => {
  process.env.MAINTENANCE_SNAPSHOT_DIR = directory;
  database = await ownSeededDatabase("maintenance-outage-test", 54360);
  const { minimalContent, publishedNotice } = await import("@/lib/notices/commands/test-support");
  app = {
    clock: await import("@/lib/clock"),
    store: await import("@/lib/maintenance/snapshot-store"),
    api: await import("@/lib/api/maintenance"),
    hook: await import("@/lib/notices/publish-hook"),
    screen: await import("@/app/maintenance/serve-screen"),
  };
  app.store.resetMaintenanceSnapshot();
  start = new Date(Math.ceil((Date.now() + 24 * HOUR) / 1000) * 1000);
  const content = minimalContent(24, { windows: [{ key: "main", startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(), channelKeys: [CHANNEL] }] });
  ({ slug } = (await publishedNotice(content)).notice);
  await app.hook.runPublishHook([{ slug }]);
  app.clock.setClock(new Date(start.getTime() + HOUR));
}, 180_000);

afterAll(async () => {
  app?.clock.setClock(null);
  await database?.remove();
  fs.rmSync(directory, { recursive: true, force: true });
}, 60_000);

describe("the maintenance state during a database outage", () => {
  it("answers while the database is up", async () => {
    expect(await state()).toMatchObject({ active: true, retryAfterSeconds: 3600, notice: { slug }, unavailable: ["webcollect", "kuroneko-pay"] });
  });

  it("with the database stopped, answers the same from memory, and for a preview of a later instant", async () => {
    const before = await state();
    await database!.stop();
    expect(await state()).toEqual(before);
    expect(await screen()).toMatchObject({ status: 503, retryAfter: "3600" });
    expect(await state(`channel=${CHANNEL}&at=${new Date(start.getTime() + 90 * 60_000).toISOString()}`)).toMatchObject({ active: true, retryAfterSeconds: 1800 });
  });

  it("a refresh fails, and readers then answer from the shared file, with what was written into it during the outage", async () => {
    await expect(app.store.refreshMaintenanceSnapshot()).rejects.toThrow(/ECONNREFUSED|connect|Can't reach|closed/i);
    expect(app.store.databaseUnreachable()).toBe(true);
    expect(await state()).toMatchObject({ active: true, retryAfterSeconds: 3600, notice: { slug } });
    // what the outage command (issue 10) will do: extend the window in the file by half an hour
    const file = app.store.readSnapshotFile()!;
    const extended = structuredClone(file);
    const window = extended.notices.find((n) => n.slug === slug)!.windows[0]!;
    window.end = new Date(Date.parse(window.end) + 30 * 60_000).toISOString();
    app.store.writeSnapshotFile(extended);
    expect(await state()).toMatchObject({ active: true, retryAfterSeconds: 5400, window: { end: window.end } });
    // the screen too, with the extended end in its period
    const extendedScreen = await screen();
    expect(extendedScreen).toMatchObject({ status: 503, retryAfter: "5400" });
    expect(extendedScreen.body).toContain("～");
  });

  it("an instance that starts during the outage answers from the file", async () => {
    app.store.resetMaintenanceSnapshot();
    expect(await state()).toMatchObject({ active: true, retryAfterSeconds: 5400, notice: { slug } });
    expect(await screen(`channel=${CHANNEL}&lang=en`)).toMatchObject({ status: 503, retryAfter: "5400" });
    const all = await state("");
    expect(all.channels.filter((c: { active: boolean }) => c.active).map((c: { channel: string }) => c.channel)).toEqual([CHANNEL]);
  });

  it("an instant before the snapshot needs the database: 503, not 500", async () => {
    expect(await state(`channel=${CHANNEL}&at=2019-07-29T02:00:00%2B09:00`)).toEqual({ unavailable: true });
    expect(await screen(`channel=${CHANNEL}&at=2019-07-29T02:00:00%2B09:00`)).toMatchObject({ status: 503, retryAfter: "10", cache: "no-store" });
  });

  it("with neither a database nor a file, says unavailable", async () => {
    app.store.resetMaintenanceSnapshot();
    fs.rmSync(path.join(directory, app.store.SNAPSHOT_FILE));
    expect(await state()).toEqual({ unavailable: true });
    const unavailable = await screen();
    expect(unavailable).toMatchObject({ status: 503, retryAfter: "10", cache: "no-store" });
    expect(unavailable.body).toContain("ただいまご利用いただけません");
  });
});
