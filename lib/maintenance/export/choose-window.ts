// Which window a bundle is for (issue 10): the one in force at the instant, or else the
// next to start. Where several are in force, the one ending last (as the state does:
// lib/maintenance/state.ts), so the screens stay on as long as any of them; ties by
// slug and key, so the answer never depends on the snapshot's order.
import type { MaintenanceSnapshot, SnapshotNotice, SnapshotWindow } from "../types";
import { windowChannelKeys } from "../window-channels";

export interface ExportWindow {
  slug: string;
  key: string;
  start: Date;
  end: Date;
  /** the catalog's channels the window covers, in catalog order */
  channels: string[];
}

interface Candidate {
  notice: SnapshotNotice;
  window: SnapshotWindow;
  start: number;
  end: number;
}

const identity = (a: Candidate, b: Candidate) => a.notice.slug.localeCompare(b.notice.slug) || a.window.key.localeCompare(b.window.key);

export function chooseWindow(snapshot: MaintenanceSnapshot, at: Date): ExportWindow | null {
  const t = at.getTime();
  const all = snapshot.notices.flatMap((notice) => notice.windows.map((window): Candidate => ({ notice, window, start: Date.parse(window.start), end: Date.parse(window.end) })));
  const covering = (c: Candidate) => windowChannelKeys(c.window, c.notice.screen).some((k) => snapshot.channels.includes(k));
  const inForce = all.filter((c) => covering(c) && c.start <= t && t < c.end).sort((a, b) => b.end - a.end || a.start - b.start || identity(a, b));
  const upcoming = all.filter((c) => covering(c) && c.start > t).sort((a, b) => a.start - b.start || a.end - b.end || identity(a, b));
  const chosen = inForce[0] ?? upcoming[0];
  if (!chosen) return null;
  const keys = windowChannelKeys(chosen.window, chosen.notice.screen);
  return {
    slug: chosen.notice.slug,
    key: chosen.window.key,
    start: new Date(chosen.start),
    end: new Date(chosen.end),
    channels: snapshot.channels.filter((c) => keys.includes(c)),
  };
}
