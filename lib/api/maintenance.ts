import "server-only";
import { now } from "@/lib/clock";
import { maintenanceSnapshotAt } from "@/lib/maintenance/snapshot-at";
import { maintenanceStatesAt, maintenanceStateAt, secondsUntilNextEdge } from "@/lib/maintenance/state";
import type { ApiParamProblem } from "./list-query";
import { maintenanceJson, parseMaintenanceQuery } from "./maintenance-json";

// GET /api/v1/maintenance?channel={key}[&at=ISO] (issue 10): the maintenance state of a
// channel, or of every channel, now or at an instant. Answered from the snapshot in
// memory (lib/maintenance/snapshot-at.ts says when the database is read instead); 503
// when there is none to answer from.

/** The longest a cache may keep an answer: a publication (an extension, "end now") must reach merchants within it. */
const MAX_AGE_SECONDS = 60;

export type MaintenanceAnswer =
  | { body: string; maxAgeSeconds: number }
  | { problem: ApiParamProblem }
  | { notFound: true }
  | { unavailable: true };

export async function maintenanceDocument(params: URLSearchParams): Promise<MaintenanceAnswer> {
  const query = parseMaintenanceQuery(params);
  if ("problem" in query) return query;
  const snapshot = await maintenanceSnapshotAt(query.at, "GET /api/v1/maintenance");
  if (!snapshot) return { unavailable: true };
  if (query.channel !== null && !snapshot.channels.includes(query.channel)) return { notFound: true };
  const at = query.at ?? now();
  const body = query.channel === null ? { channels: maintenanceStatesAt(snapshot, at).map(maintenanceJson) } : maintenanceJson(maintenanceStateAt(snapshot, query.channel, at));
  // the answer for now changes by itself at the next window edge: no cache may keep it past that
  return { body: JSON.stringify(body), maxAgeSeconds: query.at ? MAX_AGE_SECONDS : secondsUntilNextEdge(snapshot, at, MAX_AGE_SECONDS) };
}
