import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { loadMaintenanceSnapshot } from "@/lib/maintenance/load";
import { maintenanceSnapshot, SnapshotUnavailableError } from "@/lib/maintenance/snapshot-store";
import { maintenanceStatesAt, maintenanceStateAt, nextEdgeAfter, type MaintenanceState, type WindowRef } from "@/lib/maintenance/state";
import type { MaintenanceSnapshot } from "@/lib/maintenance/types";
import { siteUrl } from "@/lib/site-url";
import type { ApiParamProblem } from "./list-query";

// GET /api/v1/maintenance?channel={key}[&at=ISO] (issue 10): the maintenance state of a
// channel, or of every channel, now or at an instant. Answered from the snapshot in
// memory (lib/maintenance/snapshot-store.ts), with no database query, for now and for
// any instant after the snapshot was taken: it holds every window that had not ended
// then, and every publication replaces it. An instant before that asks about windows
// that had ended, which the snapshot dropped: those few requests (previews, audits) read
// the database, and get 503 while it is unreachable.

export const maintenanceParams = ["channel", "at"] as const;

/** The longest a cache may keep an answer: a publication (an extension, "end now") must reach merchants within it. */
const MAX_AGE_SECONDS = 60;

const instantSchema = z.iso.datetime({ offset: true });

export type MaintenanceAnswer =
  | { body: string; maxAgeSeconds: number }
  | { problem: ApiParamProblem }
  | { notFound: true }
  | { unavailable: true };

const problem = (parameter: string, value: string, reason: ApiParamProblem["reason"], message: string): { problem: ApiParamProblem } => ({
  problem: { error: "invalid_parameter", parameter, value, reason, message },
});

/** The query: the channel and the instant, or the first parameter refused. */
export function parseMaintenanceQuery(params: URLSearchParams): { channel: string | null; at: Date | null } | { problem: ApiParamProblem } {
  for (const name of new Set(params.keys())) {
    if (!(maintenanceParams as readonly string[]).includes(name))
      return problem(name, params.get(name) ?? "", "unsupported", `"${name}" is not a parameter of this endpoint (it takes ${maintenanceParams.join(", ")})`);
    if (params.getAll(name).length > 1) return problem(name, params.getAll(name).join(","), "repeated", `"${name}" is given more than once`);
  }
  const at = params.get("at");
  if (at !== null && !instantSchema.safeParse(at).success)
    return problem("at", at, "invalid", `"at" must be an ISO 8601 instant with its offset, e.g. 2026-07-28T17:00:00Z or 2026-07-29T02:00:00+09:00`);
  return { channel: params.get("channel"), at: at === null ? null : new Date(at) };
}

const windowJson = (w: WindowRef | null) => (w ? { start: w.start.toISOString(), end: w.end.toISOString() } : null);
const noticeJson = (w: WindowRef | null) =>
  w ? { slug: w.notice.slug, url: { ja: siteUrl(`/notices/${w.notice.slug}`), en: siteUrl(`/en/notices/${w.notice.slug}`) }, title: w.notice.title } : null;

/** One channel's state as the API sends it (the shape issue 10 fixes, and `next`). */
export function maintenanceJson(state: MaintenanceState) {
  return {
    active: state.active,
    channel: state.channel,
    errorCode: state.errorCode,
    window: windowJson(state.window),
    retryAfterSeconds: state.retryAfterSeconds,
    notice: noticeJson(state.window),
    message: state.screen?.message ?? null,
    inlineMessage: state.screen?.inlineMessage ?? null,
    available: state.available,
    unavailable: state.unavailable,
    resendAfterWindow: state.resendAfterWindow,
    next: state.next ? { ...windowJson(state.next)!, notice: noticeJson(state.next)! } : null,
  };
}

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
