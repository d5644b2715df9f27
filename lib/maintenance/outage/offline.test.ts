import { describe, expect, it } from "vitest";
import { controlMessages as m } from "@/lib/maintenance/controls/messages";
import { maintenanceStateAt } from "@/lib/maintenance/state";
import { minimalContentAt, snapshotNotice, snapshotOf } from "@/lib/maintenance/test-fixtures";
import { pendingCommands, withPendingCommands, type JournalLine } from "./journal";
import { applyOffline, OfflineRefusal } from "./offline";

// The outage command's changes to the snapshot (no database): what the screens answer
// after each, and the refusals the console gives where the snapshot can tell.

const at = new Date("2026-07-29T03:00:00.000Z");
const running = snapshotNotice("running", minimalContentAt("2026-07-29T02:00:00.000Z", "2026-07-29T04:00:00.000Z", ["api"]));
const snapshot = snapshotOf([running]);
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error instanceof OfflineRefusal ? error.message : `unexpected ${error}`;
  }
  return null;
};

describe("applyOffline", () => {
  it("start: a notice on the channels from now to the end, with the default screen texts", () => {
    const { notice, snapshot: after } = applyOffline(snapshot, { control: "START", channels: ["token-modal"], endsAt: "2026-07-29T05:00:00.000Z" }, "abcdef12-3456", at);
    expect(notice.slug).toBe("emergency-20260729-1200-abcdef12");
    expect(maintenanceStateAt(after, "token-modal", at)).toMatchObject({ active: true, window: { end: new Date("2026-07-29T05:00:00.000Z") }, errorCode: after.defaults!.errorCode });
    expect(maintenanceStateAt(after, "api", at)).toMatchObject({ active: true, window: { notice: { slug: "running" } } });
  });

  it("extend and end move the window in force", () => {
    const extended = applyOffline(snapshot, { control: "EXTEND", slug: "running", windowKey: "main", endsAt: "2026-07-29T06:00:00.000Z" }, "id", at).snapshot;
    expect(maintenanceStateAt(extended, "api", at)).toMatchObject({ active: true, retryAfterSeconds: 3 * 3600 });
    const ended = applyOffline(snapshot, { control: "END", slug: "running", windowKey: "main" }, "id", at).snapshot;
    expect(maintenanceStateAt(ended, "api", at)).toMatchObject({ active: false });
  });

  it("refuses an unknown channel, an end not in the future, an earlier extension and a notice with no window in force", () => {
    expect(refusal(() => applyOffline(snapshot, { control: "START", channels: ["nope"], endsAt: "2026-07-29T05:00:00.000Z" }, "id", at))).toBe(m.unknownChannel("nope"));
    expect(refusal(() => applyOffline(snapshot, { control: "START", channels: ["api"], endsAt: "2026-07-29T03:00:00.000Z" }, "id", at))).toBe(m.endInPast);
    expect(refusal(() => applyOffline(snapshot, { control: "EXTEND", slug: "running", windowKey: "main", endsAt: "2026-07-29T03:30:00.000Z" }, "id", at))).toBe(m.extendNotLater);
    expect(refusal(() => applyOffline(snapshot, { control: "END", slug: "running", windowKey: "main" }, "id", new Date("2026-07-29T05:00:00.000Z")))).toBe(m.noWindowInForce);
  });
});

describe("the journal's pending commands", () => {
  it("are laid over a refreshed snapshot until a done or failed line settles them", () => {
    const { notice } = applyOffline(snapshot, { control: "END", slug: "running", windowKey: "main" }, "c1", at);
    const command: JournalLine = { type: "command", id: "c1", operator: "approver@example.com", issuedAt: at.toISOString(), input: { control: "END", slug: "running", windowKey: "main" }, notice };
    expect(maintenanceStateAt(withPendingCommands(snapshot, pendingCommands([command])), "api", at)).toMatchObject({ active: false });
    const done: JournalLine = { type: "done", id: "c1", at: at.toISOString(), slug: "running", revisionId: "r" };
    expect(pendingCommands([command, done])).toEqual([]);
    expect(maintenanceStateAt(withPendingCommands(snapshot, pendingCommands([command, done])), "api", at)).toMatchObject({ active: true });
  });
});
