import "server-only";
import { EventEmitter } from "node:events";
import { run, type Runner, type TaskList, type WorkerEvents } from "graphile-worker";
import pg from "pg";
import { recordDueEdges } from "@/lib/notifications/edges";
import { DELIVER_TASK } from "@/lib/notifications/outbox";
import { closeMailTransport, mailTransportConfig } from "@/lib/notifications/transport";
import { deliverSendLog } from "./deliver";

// The notification worker (issue 11): graphile-worker running `deliver` (one SendLog row)
// and, every minute from its crontab, `notify_edges` (reminders, starts and ends). It runs
// inside `npm start` (scripts/start.mjs starts scripts/worker.ts beside the server) or on
// its own (`npm run worker`); several may run at once.
//
// A worker killed mid-send (kill -9, a crash) leaves its jobs locked, and graphile-worker
// unlocks those only after four hours. Each worker therefore holds a session advisory lock
// named after its pool id for as long as it lives; every minute, each worker unlocks the
// jobs of pools whose lock nobody holds any more (their process is gone), so another
// worker sends them now, with the same Message-ID.

export const EDGES_TASK = "notify_edges";
const LIVENESS_LOCK = 0x6e6f7469; // the advisory locks' first key ("noti"); the second is hashtext(pool id)

export interface NotificationWorker {
  stop(): Promise<void>;
  runner: Runner;
}

export interface WorkerOptions {
  connectionString: string;
  concurrency?: number;
  /** how often idle workers look for jobs that became due (retries); LISTEN/NOTIFY wakes them for new ones */
  pollIntervalMs?: number;
  log?: (message: string) => void;
  /** how often to look for jobs of workers that are gone (one minute) */
  sweepIntervalMs?: number;
  /** how long a job must have been locked before a gone worker's lock counts (15 s) */
  abandonedAfterMs?: number;
}

const taskList: TaskList = {
  [DELIVER_TASK]: async (payload) => {
    const { sendLogId } = payload as { sendLogId?: unknown };
    if (typeof sendLogId !== "string") throw new Error(`deliver: payload without sendLogId: ${JSON.stringify(payload)}`);
    await deliverSendLog(sendLogId);
  },
  [EDGES_TASK]: async () => {
    await recordDueEdges();
  },
};

/** Unlocks the jobs of pools whose process is gone (their liveness lock is free). */
export async function unlockAbandonedJobs(client: pg.ClientBase, ownPoolId: string | null, lockedForMs = 15_000): Promise<string[]> {
  // a pool takes its liveness lock right after it starts: a job locked only just now may belong to one that has not yet
  const { rows } = await client.query<{ locked_by: string }>(
    "SELECT DISTINCT locked_by FROM graphile_worker.jobs WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)",
    [lockedForMs / 1000],
  );
  const gone: string[] = [];
  for (const { locked_by: pool } of rows) {
    if (pool === ownPoolId) continue;
    const { rows: taken } = await client.query<{ free: boolean }>("SELECT pg_try_advisory_lock($1, hashtext($2)) AS free", [LIVENESS_LOCK, pool]);
    if (!taken[0]?.free) continue;
    await client.query("SELECT pg_advisory_unlock($1, hashtext($2))", [LIVENESS_LOCK, pool]);
    await client.query("SELECT graphile_worker.force_unlock_workers($1::text[])", [[pool]]);
    gone.push(pool);
  }
  return gone;
}

export async function startNotificationWorker(options: WorkerOptions): Promise<NotificationWorker> {
  const log = options.log ?? ((m: string) => console.log(`[worker] ${m}`));
  const transport = mailTransportConfig(); // throws in production without SMTP_URL
  log(transport.kind === "smtp" ? "mail goes out by SMTP (SMTP_URL)" : "no SMTP_URL: mail goes to the development catch-all (CaughtMail, shown in the console)");

  // one connection for the liveness lock and the checks, held for the worker's lifetime
  const liveness = new pg.Client({ connectionString: options.connectionString });
  await liveness.connect();
  liveness.on("error", (error) => log(`liveness connection lost: ${error.message}`));
  let poolId: string | null = null;
  const events: WorkerEvents = new EventEmitter();
  const locked = new Promise<void>((resolve, reject) => {
    events.on("pool:create", ({ workerPool }) => {
      poolId = workerPool.id;
      liveness.query("SELECT pg_advisory_lock($1, hashtext($2))", [LIVENESS_LOCK, workerPool.id]).then(() => resolve(), reject);
    });
  });

  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollIntervalMs ?? 2_000,
    noHandleSignals: true,
    events,
    taskList,
    // every minute; a missed minute is not replayed (the edges task looks at the state, not the tick)
    crontab: `* * * * * ${EDGES_TASK} ?max=1&jobKey=${EDGES_TASK}&jobKeyMode=replace`,
  });
  await locked;
  const sweep = async () => {
    try {
      const gone = await unlockAbandonedJobs(liveness, poolId, options.abandonedAfterMs);
      if (gone.length) log(`unlocked the jobs of ${gone.length} worker(s) that are gone: ${gone.join(", ")}`);
    } catch (error) {
      log(`could not check for abandoned jobs: ${error instanceof Error ? error.message : error}`);
    }
  };
  await sweep();
  const timer = setInterval(sweep, options.sweepIntervalMs ?? 60_000);
  timer.unref();

  let stopping: Promise<void> | null = null;
  return {
    runner,
    stop() {
      stopping ??= (async () => {
        clearInterval(timer);
        // graceful: running jobs finish (graphile-worker waits for them), no new ones start
        await runner.stop();
        await liveness.end().catch(() => {});
        closeMailTransport();
      })();
      return stopping;
    },
  };
}
