import "server-only";
import { renderBadRequest, renderMaintenanceScreen, renderUnavailable, type ScreenResponse } from "@/components/screens/render-screen";
import { now } from "@/lib/clock";
import { parseScreenQuery } from "@/lib/maintenance/screen/screen-query";
import type { ScreenKind } from "@/lib/maintenance/screen/screen-response";
import { maintenanceSnapshotAt } from "@/lib/maintenance/snapshot-at";

// GET/HEAD /maintenance and /maintenance/modal (issue 10): the query, the snapshot (memory,
// or the shared file while the database is unreachable), the renderer's answer. A
// request renders nothing and queries nothing once its page is in the renderer's cache.

/** Seconds a client should wait when there is no snapshot at all to answer from. */
const UNAVAILABLE_RETRY_SECONDS = 10;

function toResponse(request: Request, answer: ScreenResponse, extra: Record<string, string> = {}): Response {
  // HEAD: the same status and headers, no body
  return new Response(request.method === "HEAD" ? null : answer.body, { status: answer.status, headers: { ...answer.headers, ...extra } });
}

export async function serveScreen(request: Request, kind: ScreenKind): Promise<Response> {
  const query = parseScreenQuery(new URL(request.url).searchParams, request.headers.get("accept-language"));
  // the language of every answer below may come from Accept-Language
  const vary = { Vary: "Accept-Language" };
  if ("problem" in query) return toResponse(request, renderBadRequest(query.lang, query.problem), vary);
  const at = query.at ?? now();
  const snapshot = await maintenanceSnapshotAt(query.at, `GET /maintenance${kind === "modal" ? "/modal" : ""}`);
  if (!snapshot) return toResponse(request, renderUnavailable(query.lang, UNAVAILABLE_RETRY_SECONDS), vary);
  const answer = renderMaintenanceScreen(snapshot, { channel: query.channel, lang: query.lang, kind, at, preview: query.at !== null });
  return toResponse(request, answer, query.negotiated ? vary : {});
}
