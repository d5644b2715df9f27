// The maintenance controls against the real database (issue 10, Decision 6): each
// publishes at once by break glass through the notice commands, is recorded and
// audited, and right after the publish hook the snapshot and GET /api/v1/maintenance
// say so. Refusals name their field and change nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maintenanceDocument } from "@/lib/api/maintenance";
import { db } from "@/lib/db";
import { maintenanceSnapshot, resetMaintenanceSnapshot } from "@/lib/maintenance/snapshot-store";
import { maintenanceStateAt } from "@/lib/maintenance/state";
import { as, minimalContent, publishedNotice, staffIds } from "@/lib/notices/commands/test-support";
import { runPublishHook } from "@/lib/notices/publish-hook";
import { seed } from "@/prisma/seed";
import { endMaintenance, extendMaintenance, startMaintenance, type ControlOutcome } from "./commands";
import { controlMessages as m, controlMessagesIn } from "./messages";
import { startMaintenanceSchema } from "./schemas";
import { storedChannelKeys, windowChannelRows } from "@/lib/maintenance/window-channels";

const CHANNEL = "test-environment";
const HOUR = 3_600_000;
const directory = fs.mkdtempSync(path.join(os.tmpdir(), "maintenance-controls-"));
const console_ = { source: "CONSOLE" } as const;
let approver: string;
let editor: string;

beforeAll(async () => {
  process.env.MAINTENANCE_SNAPSHOT_DIR = directory;
  resetMaintenanceSnapshot();
  await seed();
  ({ approver, editor } = await staffIds());
});
afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

/** What the public API says about the channel now. */
async function api(channel = CHANNEL) {
  const answer = await maintenanceDocument(new URLSearchParams(`channel=${channel}`));
  if (!("body" in answer)) throw new Error(`no body: ${JSON.stringify(answer)}`);
  return JSON.parse(answer.body);
}

/** Runs a control as the approver in its own transaction, then the publish hook (what defineAction does). */
async function control(run: Parameters<typeof as<ControlOutcome>>[1], userId = approver) {
  const outcome = await as(userId, run);
  await runPublishHook(outcome.published);
  return outcome;
}

const counts = async () => ({
  notices: await db.notice.count(),
  revisions: await db.revision.count(),
  audit: await db.auditEvent.count(),
  commands: await db.maintenanceCommand.count(),
});
const refusalOf = (promise: Promise<unknown>) => promise.then(() => null, (error: Error & { field?: string }) => ({ name: error.name, message: error.message, field: error.field }));

describe("the maintenance controls", () => {
  let started: ControlOutcome;
  let end: Date;

  it("start now: a 緊急 notice published by break glass, recorded and audited; the snapshot and the API say active right after", async () => {
    end = new Date(Math.ceil((Date.now() + 5 * HOUR) / 1000) * 1000);
    const before = Date.now();
    started = await control((c) => startMaintenance(c, { channels: [CHANNEL], endsAt: end, reason: "データベースの障害" }, console_));
    const notice = await db.notice.findUniqueOrThrow({ where: { id: started.noticeId }, include: { revisions: { include: { windows: { include: windowChannelRows }, screen: { include: { channels: { include: { channel: true } } } } } } } });
    expect(notice).toMatchObject({ kind: "EMERGENCY", state: "PUBLISHED", slug: started.slug });
    const [revision] = notice.revisions;
    expect(revision).toMatchObject({ status: "PUBLISHED", number: 1, breakGlass: true, publishedById: approver, approvedById: null, titleJa: m.defaultTitle, titleEn: controlMessagesIn.en.defaultTitle });
    expect(revision!.windows.map((w) => ({ ...w, channelKeys: storedChannelKeys(w) }))).toMatchObject([{ key: "main", endsAt: end, channelKeys: [CHANNEL] }]);
    expect(revision!.windows[0]!.startsAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // the admin's screen texts, frozen into the revision (Decision 2)
    const defaults = await db.screenDefaults.findFirstOrThrow();
    expect(revision!.screen).toMatchObject({ headingJa: defaults.headingJa, messageJa: defaults.messageJa, errorCode: defaults.errorCode });
    expect(revision!.screen!.channels.map((c) => c.channel.key)).toEqual([CHANNEL]);
    expect(await db.maintenanceCommand.findUniqueOrThrow({ where: { id: started.commandId } })).toMatchObject({ control: "START", source: "CONSOLE", operatorId: approver, revisionId: revision!.id });
    const events = await db.auditEvent.findMany({ where: { noticeId: started.noticeId, breakGlass: true }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["revision.publish", "maintenance.start"]);
    expect(events[1]!.data).toMatchObject({ source: "CONSOLE", channels: [CHANNEL], reason: "データベースの障害" });

    const state = maintenanceStateAt(await maintenanceSnapshot(), CHANNEL, new Date());
    expect(state).toMatchObject({ active: true, window: { end, notice: { slug: started.slug } } });
    expect(await api()).toMatchObject({ active: true, window: { end: end.toISOString() }, notice: { slug: started.slug } });
  });

  it("extend: a 延長 amendment published at once; the API says the later end right after", async () => {
    const later = new Date(end.getTime() + 2 * HOUR);
    const extended = await control((c) => extendMaintenance(c, { revisionId: started.revisionId, windowKey: "main", endsAt: later }, console_));
    const revision = await db.revision.findUniqueOrThrow({ where: { id: extended.revisionId }, include: { amendment: true, windows: true } });
    expect(revision).toMatchObject({ status: "PUBLISHED", number: 2, breakGlass: true, basedOnId: started.revisionId });
    expect(revision.amendment).toMatchObject({ type: "EXTENSION", windowKeys: ["main"] });
    expect(revision.amendment!.summaryJa).toMatch(/延長しました/);
    expect(revision.windows[0]!.endsAt).toEqual(later);
    expect(await api()).toMatchObject({ active: true, window: { end: later.toISOString() }, notice: { slug: started.slug } });
    started = extended;
    end = later;
  });

  it("refuses an extension to an earlier time, a stale revision, and a start with an unknown channel or an end in the past: at the field, nothing written", async () => {
    const before = await counts();
    expect(await refusalOf(as(approver, (c) => extendMaintenance(c, { revisionId: started.revisionId, windowKey: "main", endsAt: new Date(end.getTime() - 60_000) }, console_)))).toEqual({
      name: "ActionError",
      message: m.extendNotLater,
      field: "endsAt",
    });
    // the revision the operator saw was superseded by the extension: someone else acted first
    const first = await db.revision.findFirstOrThrow({ where: { noticeId: started.noticeId, number: 1 } });
    expect(await refusalOf(as(approver, (c) => endMaintenance(c, { revisionId: first.id, windowKey: "main" }, console_)))).toEqual({ name: "ConflictError", message: m.noticeMoved, field: undefined });
    expect(await refusalOf(as(approver, (c) => startMaintenance(c, { channels: [CHANNEL, "no-such-channel"], endsAt: new Date(Date.now() + HOUR) }, console_)))).toEqual({
      name: "ActionError",
      message: m.unknownChannel("no-such-channel"),
      field: "channels",
    });
    expect(await refusalOf(as(approver, (c) => startMaintenance(c, { channels: [CHANNEL], endsAt: new Date(Date.now() - 60_000) }, console_)))).toEqual({
      name: "ActionError",
      message: m.endInPast,
      field: "endsAt",
    });
    // an editor is no approver: the command checks the role itself
    expect(await refusalOf(as(editor, (c) => startMaintenance(c, { channels: [CHANNEL], endsAt: new Date(Date.now() + HOUR) }, console_)))).toMatchObject({ name: "WorkflowError" });
    expect(await counts()).toEqual(before);
    expect(await api()).toMatchObject({ active: true, window: { end: end.toISOString() } });
  });

  it("the form's schema refuses no channel at all, at the field", () => {
    const result = startMaintenanceSchema.safeParse({ channels: [], endsAt: "2030-01-01T10:00" });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toMatchObject([{ path: ["channels"], message: m.channelsRequired }]);
  });

  it("end now: a 完了 amendment whose window ends at this instant; the API says inactive right after", async () => {
    const before = Date.now();
    const ended = await control((c) => endMaintenance(c, { revisionId: started.revisionId, windowKey: "main" }, console_));
    const revision = await db.revision.findUniqueOrThrow({ where: { id: ended.revisionId }, include: { amendment: true, windows: true } });
    expect(revision).toMatchObject({ status: "PUBLISHED", number: 3, breakGlass: true });
    expect(revision.amendment).toMatchObject({ type: "COMPLETION", windowKeys: ["main"] });
    expect(revision.windows[0]!.endsAt.getTime()).toBeGreaterThanOrEqual(before);
    expect(revision.windows[0]!.endsAt.getTime()).toBeLessThanOrEqual(Date.now());
    const state = await api();
    expect(state.notice?.slug).not.toBe(started.slug);
    expect((await maintenanceSnapshot()).notices.map((n) => n.slug)).not.toContain(started.slug);
    const actions = (await db.auditEvent.findMany({ where: { noticeId: started.noticeId, action: { startsWith: "maintenance." } }, orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["maintenance.start", "maintenance.extend", "maintenance.stop"]);
  });

  it("refuses to end a notice with no window in force, and changes nothing", async () => {
    const published = await db.revision.findFirstOrThrow({ where: { noticeId: started.noticeId, status: "PUBLISHED" } });
    const before = await counts();
    expect(await refusalOf(as(approver, (c) => endMaintenance(c, { revisionId: published.id, windowKey: "main" }, console_)))).toEqual({ name: "ActionError", message: m.noWindowInForce, field: undefined });
    expect(await counts()).toEqual(before);
  });

  it("extends a 定期 notice in force by break glass (every use of the controls is), which the workflow alone refuses", async () => {
    const content = minimalContent(0, { windows: [{ key: "main", startsAt: new Date(Date.now() - HOUR).toISOString(), endsAt: new Date(Date.now() + HOUR).toISOString(), channelKeys: ["merchant-console"] }] });
    const { notice } = await publishedNotice(content, "SCHEDULED");
    const revision = await db.revision.findFirstOrThrow({ where: { noticeId: notice.id, status: "PUBLISHED" } });
    const later = new Date(Date.now() + 3 * HOUR);
    const extended = await control((c) => extendMaintenance(c, { revisionId: revision.id, windowKey: "main", endsAt: later }, console_));
    expect(await db.revision.findUniqueOrThrow({ where: { id: extended.revisionId } })).toMatchObject({ status: "PUBLISHED", breakGlass: true });
    expect(await api("merchant-console")).toMatchObject({ active: true, window: { end: later.toISOString() }, notice: { slug: notice.slug } });
  });

  it("records a command id once: the same id again is refused and writes nothing", async () => {
    const commandId = `replay-${Date.now()}`;
    const input = { channels: [CHANNEL], endsAt: new Date(Date.now() + HOUR) };
    const first = await control((c) => startMaintenance(c, input, { source: "CLI", commandId }));
    const before = await counts();
    expect(await refusalOf(as(approver, (c) => startMaintenance(c, input, { source: "CLI", commandId })))).toEqual({ name: "ActionError", message: m.alreadyRecorded, field: undefined });
    expect(await counts()).toEqual(before);
    await control((c) => endMaintenance(c, { revisionId: first.revisionId, windowKey: "main" }, console_));
  });
});
