import "server-only";
import { db } from "@/lib/db";
import { now } from "@/lib/clock";
import { databaseUnreachable, lastRefreshAge, refreshMaintenanceSnapshot } from "@/lib/maintenance/snapshot-store";
import { publishDueRevisions } from "@/lib/notices/commands/scheduled";
import { runPublishHook } from "@/lib/notices/publish-hook";
import { openChangeReader, parseNotification, type ChangeReader } from "./change-feed";
import { listenForChanges } from "./change-listener";
import { logFailure, revalidationQueue } from "./loopback";
import { outageBackoff } from "./outage-backoff";
import { slugsWithWindowEdgeBetween } from "./window-edges";

// Cached public pages (ISR, ADR 0005) must follow publications made anywhere and
// the windows' edges. Three sources feed this process's revalidation queue:
// - NOTIFY public_page_change, heard at the commit of the publishing transaction;
// - every TICK, the change log read by snapshot (a backstop for what NOTIFY missed
//   while the LISTEN connection was down), and the window edges since the last
//   tick, by the clock, looking one tick further back: revalidating twice is free.
// FRESHNESS_SOURCES (tests only) turns NOTIFY or the poll off, to show each alone
// keeps pages fresh: "listen", "poll" or "listen,poll" (the default).
// The same tick publishes the scheduled revisions whose time has come (their
// publishAt is an edge like a window's): no other service runs them, and every
// instance may try, since each due revision is taken by one only (scheduled.ts).
// The maintenance snapshot (lib/maintenance) follows the same changes: read at start,
// on every notification, on every tick that saw a change, every minute as a backstop
// (catalog and screen-text edits publish nothing), and on every tick while the database
// is unreachable, so that readers go back from the file to memory as soon as it is back;
// while it stays unreachable the ticks back off (outage-backoff.ts) and the LISTEN
// connection's return makes the next tick try at once.

const SNAPSHOT_MAX_AGE_MS = 60_000;

const TICK_MS = Number(process.env.FRESHNESS_TICK_MS ?? 1_000);
const OUTAGE_MAX_DELAY_MS = 30_000;
const state = globalThis as unknown as { freshnessStarted?: boolean };

function sources(): { listen: boolean; poll: boolean } {
  const names = (process.env.FRESHNESS_SOURCES ?? "listen,poll").split(",").map((s) => s.trim());
  if (names.some((n) => n !== "listen" && n !== "poll") || !names.length) {
    console.error(`[freshness] FRESHNESS_SOURCES=${process.env.FRESHNESS_SOURCES} is not "listen", "poll" or "listen,poll"; using both`);
    return { listen: true, poll: true };
  }
  return { listen: names.includes("listen"), poll: names.includes("poll") };
}

export function startFreshnessLoop(): void {
  const connectionString = process.env.DATABASE_URL;
  if (state.freshnessStarted || !connectionString) return;
  state.freshnessStarted = true;
  const use = sources();
  const queue = revalidationQueue();
  const backoff = outageBackoff({ minMs: TICK_MS, maxMs: OUTAGE_MAX_DELAY_MS });
  // this process's cache may hold pages from before it started (a build, a restart)
  queue.addAll();
  const refreshSnapshot = () => {
    const known = databaseUnreachable(); // said once per outage, not once a tick
    return refreshMaintenanceSnapshot().then(
      () => known && console.error("[maintenance] snapshot refreshed from the database again"),
      (error) => known || console.error(`[maintenance] snapshot refresh failed, readers answer from the file: ${error instanceof Error ? error.message : error}`),
    );
  };
  void refreshSnapshot();

  if (use.listen)
    listenForChanges({
      connectionString,
      onListening: () => backoff.probeNow(),
      onNotification: (payload) => {
        const change = parseNotification(payload);
        if (!change) return console.error(`[freshness] ignored a notification that names no change: ${payload.slice(0, 200)}`);
        queue.add([change]);
        queue.flush().catch(logFailure);
        void refreshSnapshot();
      },
    });

  let reader: ChangeReader | null = null;
  let last = now();
  let running = false;
  const timer = setInterval(async () => {
    if (running) return; // a slow tick is not overlapped by the next
    if (databaseUnreachable() && !backoff.due(Date.now())) return;
    running = true;
    let changed = false;
    try {
      // through the one publish hook, as a publication made in the console
      const scheduled = await publishDueRevisions();
      if (scheduled.length) await runPublishHook(scheduled);
      const at = now();
      queue.add((await slugsWithWindowEdgeBetween(new Date(last.getTime() - TICK_MS), at)).map((slug) => ({ slug })));
      last = at; // only once read: a failed read is retried over the same interval
      if (use.poll) {
        reader ??= await openChangeReader(db);
        queue.add(await reader.read());
      }
      changed = queue.size > 0;
      if (queue.size) await queue.flush();
    } catch (error) {
      logFailure(error);
    }
    try {
      if (changed || databaseUnreachable() || lastRefreshAge() >= SNAPSHOT_MAX_AGE_MS) await refreshSnapshot();
      if (databaseUnreachable()) backoff.failed(Date.now());
      else backoff.recovered();
    } finally {
      running = false;
    }
  }, TICK_MS);
  timer.unref();
}
