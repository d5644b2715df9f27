// `npm run maintenance` during a database outage (issue 10, Decision 6): this file starts
// a PostgreSQL of its own (test/own-database.ts), stops it, starts
// maintenance from the command line, checks that the snapshot every instance reads says
// so, starts the database again, checks that a refresh keeps the pending change, replays
// the journal (a published 緊急 notice with that window, the entry done) and replays again
// (nothing happens).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ownSeededDatabase, type OwnDatabase } from "@/test/own-database";
import { storedChannelKeys, windowChannelRows } from "@/lib/maintenance/window-channels";

const directory = fs.mkdtempSync(path.join(os.tmpdir(), "maintenance-outage-command-"));
const CHANNEL = "token-modal";
const HOUR = 3_600_000;

let database: OwnDatabase | null = null;
let app: {
  db: typeof import("@/lib/db");
  store: typeof import("@/lib/maintenance/snapshot-store");
  api: typeof import("@/lib/api/maintenance");
  cli: typeof import("@/lib/maintenance/outage/cli");
  journal: typeof import("@/lib/maintenance/outage/journal");
};
let end: Date;
let slug: string;
let commandId: string;

async function state() {
  const answer = await app.api.maintenanceDocument(new URLSearchParams(`channel=${CHANNEL}`));
  if (!("body" in answer)) return answer;
  return JSON.parse(answer.body);
}

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await app.cli.runMaintenanceCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  process.env.MAINTENANCE_SNAPSHOT_DIR = directory;
  database = await ownSeededDatabase("maintenance-outage-command-test", 54380);
  app = {
    db: await import("@/lib/db"),
    store: await import("@/lib/maintenance/snapshot-store"),
    api: await import("@/lib/api/maintenance"),
    cli: await import("@/lib/maintenance/outage/cli"),
    journal: await import("@/lib/maintenance/outage/journal"),
  };
  app.store.resetMaintenanceSnapshot();
  await app.store.refreshMaintenanceSnapshot();
}, 180_000);

afterAll(async () => {
  await database?.remove();
  fs.rmSync(directory, { recursive: true, force: true });
}, 60_000);

describe("npm run maintenance during a database outage", () => {
  it("with the database down, start writes the shared snapshot and the journal, and the API answers active from it", async () => {
    expect(await state()).toMatchObject({ active: false });
    await database!.stop();
    end = new Date(Math.ceil((Date.now() + 2 * HOUR) / 1000) * 1000);
    const result = await cli("start", "--channels", CHANNEL, "--end", end.toISOString(), "--reason", "データベース停止", "--operator", "approver@example.com");
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/database unreachable: written into the shared snapshot/) });
    const [command, ...rest] = app.journal.readJournal(directory);
    expect(rest).toEqual([]);
    expect(command).toMatchObject({ type: "command", operator: "approver@example.com", input: { control: "START", channels: [CHANNEL], endsAt: end.toISOString() } });
    commandId = command!.id;
    slug = (command as { notice: { slug: string } }).notice.slug;
    // this instance's refresh fails (the database is down): readers take the shared file
    await expect(app.store.refreshMaintenanceSnapshot()).rejects.toThrow();
    expect(await state()).toMatchObject({ active: true, window: { end: end.toISOString() }, notice: { slug } });
    // and so does an instance that starts during the outage
    app.store.resetMaintenanceSnapshot();
    expect(await state()).toMatchObject({ active: true, window: { end: end.toISOString() }, notice: { slug } });
    // replay needs the database
    expect(await cli("replay")).toMatchObject({ code: 1, err: expect.stringMatching(/unreachable/) });
  }, 60_000);

  it("with the database back, a refresh keeps the pending change in the snapshot until it is replayed", async () => {
    await database!.start();
    await app.store.refreshMaintenanceSnapshot();
    expect(app.store.databaseUnreachable()).toBe(false);
    expect(await app.db.db.notice.count({ where: { slug } })).toBe(0);
    expect(await state()).toMatchObject({ active: true, notice: { slug } });
    expect(app.store.readSnapshotFile(directory)!.notices.map((n) => n.slug)).toContain(slug);
  }, 120_000);

  it("replay publishes the 緊急 notice with that window, recorded under the journal's id, and marks the entry done", async () => {
    const result = await cli("replay");
    expect(result).toMatchObject({ code: 0, out: expect.stringContaining(`replayed ${commandId}: published ${slug}`) });
    const { db } = app.db;
    const notice = await db.notice.findUniqueOrThrow({ where: { slug }, include: { revisions: { include: { windows: { include: windowChannelRows } } } } });
    expect(notice).toMatchObject({ kind: "EMERGENCY", state: "PUBLISHED" });
    expect(notice.revisions).toHaveLength(1);
    const [revision] = notice.revisions;
    const issuedAt = (app.journal.readJournal(directory)[0] as { issuedAt: string }).issuedAt;
    expect(revision).toMatchObject({ status: "PUBLISHED", breakGlass: true, backfill: false });
    expect(revision!.windows.map((w) => ({ ...w, channelKeys: storedChannelKeys(w) }))).toMatchObject([{ key: "main", startsAt: new Date(issuedAt), endsAt: end, channelKeys: [CHANNEL] }]);
    const approver = await db.user.findUniqueOrThrow({ where: { email: "approver@example.com" } });
    expect(await db.maintenanceCommand.findUniqueOrThrow({ where: { id: commandId } })).toMatchObject({ control: "START", source: "CLI", operatorId: approver.id, revisionId: revision!.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "maintenance.start", noticeId: notice.id } });
    expect(audit).toMatchObject({ actorId: approver.id, breakGlass: true, data: expect.objectContaining({ source: "CLI" }) });
    expect(app.journal.readJournal(directory).map((l) => l.type)).toEqual(["command", "done"]);
    expect(app.journal.pendingCommands(app.journal.readJournal(directory))).toEqual([]);
    // the snapshot now comes from the database alone, and still says active
    await app.store.refreshMaintenanceSnapshot();
    expect(await state()).toMatchObject({ active: true, window: { end: end.toISOString() }, notice: { slug } });
  }, 60_000);

  it("a second replay does nothing", async () => {
    const { db } = app.db;
    const before = { notices: await db.notice.count(), revisions: await db.revision.count(), commands: await db.maintenanceCommand.count(), audit: await db.auditEvent.count() };
    expect(await cli("replay")).toMatchObject({ code: 0, out: "no pending outage commands" });
    expect({ notices: await db.notice.count(), revisions: await db.revision.count(), commands: await db.maintenanceCommand.count(), audit: await db.auditEvent.count() }).toEqual(before);
    expect(app.journal.readJournal(directory)).toHaveLength(2);
  }, 60_000);

  it("with the database up, the command publishes at once (an end, audited as from the command line)", async () => {
    const result = await cli("end", "--notice", slug, "--operator", "approver@example.com");
    expect(result).toMatchObject({ code: 0, out: expect.stringMatching(/^published /) });
    expect(await state()).toMatchObject({ active: false });
    expect(await app.db.db.auditEvent.findFirst({ where: { action: "maintenance.stop", data: { path: ["source"], equals: "CLI" } } })).not.toBeNull();
  }, 60_000);
});
