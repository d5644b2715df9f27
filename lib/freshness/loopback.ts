import "server-only";
import { randomUUID } from "node:crypto";
import { RevalidationQueue, type RevalidationRequest } from "./revalidation-queue";

// revalidatePath and revalidateTag only work inside a request (outside one they
// throw), and each instance must refresh its own cache: so the freshness loop asks
// its own server, over loopback, with a secret that never leaves the process
// (app/api/internal/revalidate/route.ts). Next loads instrumentation and routes as
// separate module graphs: the secret and the queue live on globalThis so that both
// see the same ones.

const state = globalThis as unknown as { freshnessSecret?: string; freshnessQueue?: RevalidationQueue };

/** The secret the loop sends; the route compares it (same process, so the same global). */
export const freshnessSecret = () => (state.freshnessSecret ??= randomUUID());

/** This server, as its own requests reach it: loopback, unless HOST binds one address only. */
function ownOrigin(): string {
  const host = process.env.HOST;
  const address = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${address.includes(":") ? `[${address}]` : address}:${process.env.PORT ?? "3000"}`;
}

async function askOwnServer(request: RevalidationRequest): Promise<void> {
  const response = await fetch(`${ownOrigin()}/api/internal/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-freshness-secret": freshnessSecret() },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
}

/** The process's one queue of pages to refresh. */
export const revalidationQueue = (): RevalidationQueue => (state.freshnessQueue ??= new RevalidationQueue(askOwnServer));

export function logFailure(error: unknown): void {
  console.error("[freshness] could not refresh cached pages:", error instanceof Error ? error.message : error);
}
