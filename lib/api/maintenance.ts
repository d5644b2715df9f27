import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { loadMaintenanceSnapshot } from "@/lib/maintenance/load";
import { maintenanceSnapshot, SnapshotUnavailableError } from "@/lib/maintenance/snapshot-store";
import { maintenanceStatesAt, maintenanceStateAt, nextEdgeAfter } from "@/lib/maintenance/state";
import type { MaintenanceSnapshot } from "@/lib/maintenance/types";
import type { ApiParamProblem } from "./list-query";
import { maintenanceJson, parseMaintenanceQuery } from "./maintenance-json";

// GET /api/v1/maintenance?channel={key}[&at=ISO] (issue 10): the maintenance state of a
// channel, or of every channel, now or at an instant. Answered from the snapshot in
// memory (lib/maintenance/snapshot-store.ts), with no database query, for now and for
// any instant after the snapshot was taken: it holds every window that had not ended
// then, and every publication replaces it. An instant before that asks about windows
// that had ended, which the snapshot dropped: those few requests (previews, audits) read
// the database, and get 503 while it is unreachable.

/** The longest a cache may keep an answer: a publication (an extension, "end now") must reach merchants within it. */
const MAX_AGE_SECONDS = 60;

export type MaintenanceAnswer =
  | { body: string; maxAgeSeconds: number }
  | { problem: ApiParamProblem }
  | { notFound: true }
  | { unavailable: true };

async function snapshotFor(at: Date | null): Promise<MaintenanceSnapshot | null> {
  try {
    const snapshot = await maintenanceSnapshot();
    if (at === null || at.getTime() >= Date.parse(snapshot.takenAt)) return snapshot;
    return await loadMaintenanceSnapshot(db, at);
  } catch (error) {
    console.error(`[maintenance] GET /api/v1/maintenance: ${error instanceof Error ? error.message : error}`);
    if (error instanceof SnapshotUnavailableError || at !== null) return null;
    throw error;
  }
}

export async function maintenanceDocument(params: URLSearchParams): Promise<MaintenanceAnswer> {
  const query = parseMaintenanceQuery(params);
  if ("problem" in query) return query;
  const snapshot = await snapshotFor(query.at);
  if (!snapshot) return { unavailable: true };
  if (query.channel !== null && !snapshot.channels.includes(query.channel)) return { notFound: true };
  const at = query.at ?? now();
  const body = query.channel === null ? { channels: maintenanceStatesAt(snapshot, at).map(maintenanceJson) } : maintenanceJson(maintenanceStateAt(snapshot, query.channel, at));
  // the answer for now changes by itself at the next window edge: no cache may keep it past that
  const edge = query.at ? null : nextEdgeAfter(snapshot, at);
  const untilEdge = edge ? Math.floor((edge.getTime() - at.getTime()) / 1000) : MAX_AGE_SECONDS;
  return { body: JSON.stringify(body), maxAgeSeconds: Math.max(0, Math.min(MAX_AGE_SECONDS, untilEdge)) };
}
