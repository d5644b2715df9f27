// The query and the body of GET /api/v1/maintenance (issue 10), pure: the route's
// document (maintenance.ts) and the OpenAPI test share them.
import { z } from "zod";
import type { MaintenanceState, WindowRef } from "@/lib/maintenance/state";
import { siteUrl } from "@/lib/site-url";
import type { ApiParamProblem } from "./list-query";

export const maintenanceParams = ["channel", "at"] as const;

/** An instant with its offset, as `at` takes it here and on the screen routes (lib/maintenance/screen/screen-query.ts). */
export const instantSchema = z.iso.datetime({ offset: true });

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
