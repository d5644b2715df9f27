import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { SendEvent } from "@/lib/generated/prisma/enums";
import { recordNotifications } from "./outbox";
import { notifySettings } from "./settings";

// Reminders and a window's start and end (issue 11), made due by the worker's
// every-minute task, once per window, edge and recipient (the messageId is derived from
// the notice, the window's key and the edge's instant: outbox.ts ignores a repeat).
//
// An edge is told only if it was public before it happened: the earliest publication
// that showed this window with this instant came before it. So "start now" and "end now"
// (lib/maintenance/controls), whose publications carry the start or end themselves, send
// no separate WINDOW_START / WINDOW_END for the same instant: their publication message
// is the one. An extension publishes its own amendment (notified) and moves the end: the
// END is then told at the new end. A cancelled window, a withdrawn notice and a backfill
// tell nothing. A late edge is still told while it means something: a reminder until the
// window starts, a start until it ends, an end within an hour.

const HOUR = 3_600_000;
const END_GRACE = HOUR;

interface Edge {
  event: Exclude<SendEvent, "PUBLICATION">;
  at: Date;
  /** told only before this instant */
  until: Date;
  /** which instant of the window names the edge (the reminder is named by the start it announces) */
  instant: "startsAt" | "endsAt";
}

function edgesOf(window: { startsAt: Date; endsAt: Date }, reminderHours: number): Edge[] {
  return [
    { event: "REMINDER", at: new Date(window.startsAt.getTime() - reminderHours * HOUR), until: window.startsAt, instant: "startsAt" },
    { event: "WINDOW_START", at: window.startsAt, until: window.endsAt, instant: "startsAt" },
    { event: "WINDOW_END", at: window.endsAt, until: new Date(window.endsAt.getTime() + END_GRACE), instant: "endsAt" },
  ];
}

export interface DueEdge {
  event: Exclude<SendEvent, "PUBLICATION">;
  revisionId: string;
  windowId: string;
}

/** The edges due at `at` that were public before they happened (see above). */
export async function dueEdges(at: Date = now()): Promise<DueEdge[]> {
  const { reminderHours } = notifySettings();
  // windows of current revisions that have an edge in [at − (lead time + grace), at]
  const revisions = await db.revision.findMany({
    where: {
      status: "PUBLISHED",
      backfill: false,
      notice: { state: "PUBLISHED", deletedAt: null },
      windows: { some: { status: "SCHEDULED", startsAt: { lte: new Date(at.getTime() + reminderHours * HOUR) }, endsAt: { gt: new Date(at.getTime() - END_GRACE) } } },
    },
    select: { id: true, noticeId: true, windows: { where: { status: "SCHEDULED" }, select: { id: true, key: true, startsAt: true, endsAt: true } } },
  });
  if (!revisions.length) return [];
  // every publication of those notices, to see when each window's instant first went public
  const history = await db.revision.findMany({
    where: { noticeId: { in: revisions.map((r) => r.noticeId) }, status: { in: ["PUBLISHED", "SUPERSEDED"] }, publishedAt: { not: null } },
    select: { noticeId: true, publishedAt: true, windows: { select: { key: true, startsAt: true, endsAt: true, status: true } } },
  });
  const due: DueEdge[] = [];
  for (const revision of revisions) {
    for (const window of revision.windows) {
      for (const edge of edgesOf(window, reminderHours)) {
        if (edge.at > at || at >= edge.until) continue;
        const instant = window[edge.instant].getTime();
        const firstPublic = history
          .filter((h) => h.noticeId === revision.noticeId && h.windows.some((w) => w.key === window.key && w.status === "SCHEDULED" && w[edge.instant].getTime() === instant))
          .reduce<number>((min, h) => Math.min(min, h.publishedAt!.getTime()), Infinity);
        if (firstPublic < edge.at.getTime()) due.push({ event: edge.event, revisionId: revision.id, windowId: window.id });
      }
    }
  }
  return due;
}

/** Records every due edge's messages (the `notify_edges` task); each in its own transaction. */
export async function recordDueEdges(at: Date = now()): Promise<{ edges: number; written: number }> {
  let written = 0;
  const edges = await dueEdges(at);
  for (const edge of edges) {
    // already told (any recipient): skip the recipients query; the unique messageId is the guarantee either way
    const told = await db.sendLog.findFirst({ where: { event: edge.event, windowId: edge.windowId }, select: { id: true } });
    if (told) continue;
    written += (await db.$transaction((tx) => recordNotifications(tx, edge))).written;
  }
  return { edges: edges.length, written };
}
