import "server-only";
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { slugsChangedBetween } from "./changes";

// Cached public pages (ISR, ADR 0005) would otherwise show "upcoming" after a
// window has started, until a visitor's request regenerates them. Every TICK this
// loop finds the notices whose status changed (or that were published elsewhere)
// and asks this very server, over loopback, to revalidate them: revalidatePath
// only works inside a request, and each instance must refresh its own cache.

const TICK_MS = Number(process.env.FRESHNESS_TICK_MS ?? 1_000);
const state = globalThis as unknown as { freshnessSecret?: string; freshnessTimer?: NodeJS.Timeout };

/** The secret the loop sends; the route compares it (same process, so the same global). */
export const freshnessSecret = () => (state.freshnessSecret ??= randomUUID());

export function startFreshnessLoop(): void {
  if (state.freshnessTimer || !process.env.DATABASE_URL) return;
  let last = now();
  let running = false;
  state.freshnessTimer = setInterval(async () => {
    if (running) return; // a slow tick is not overlapped by the next
    running = true;
    const at = now();
    try {
      // look one tick further back: the audit time is the database's clock, and
      // revalidating a page twice costs nothing
      const slugs = await slugsChangedBetween(new Date(last.getTime() - TICK_MS), at);
      if (slugs.length) {
        const port = process.env.PORT ?? "3000";
        const response = await fetch(`http://127.0.0.1:${port}/api/internal/revalidate`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-freshness-secret": freshnessSecret() },
          body: JSON.stringify({ slugs }),
        });
        if (!response.ok) throw new Error(`revalidate answered ${response.status}`);
      }
      last = at;
    } catch (error) {
      // keep `last`: the next tick retries the same interval
      console.error("[freshness] could not refresh cached pages:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  }, TICK_MS);
  state.freshnessTimer.unref();
}
