// The notification worker's process: `npm run worker`, and beside the server in `npm start`
// (scripts/start.mjs; WORKER=off there when a separate worker runs). SIGTERM or SIGINT stops
// it gracefully: running deliveries finish, no new ones start.
import { db } from "@/lib/db";
import { startNotificationWorker } from "@/lib/notifications/worker/runner";

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: run the worker with `npm run worker` (it starts the embedded database) or set DATABASE_URL");
  const worker = await startNotificationWorker({
    connectionString,
    concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4),
    pollIntervalMs: Number(process.env.WORKER_POLL_INTERVAL_MS ?? 2_000),
    sweepIntervalMs: Number(process.env.WORKER_SWEEP_INTERVAL_MS ?? 60_000),
    abandonedAfterMs: Number(process.env.WORKER_ABANDONED_AFTER_MS ?? 15_000),
  });
  console.log(`[worker] notification worker running (pid ${process.pid})`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[worker] ${signal}: stopping after the running deliveries …`);
    await worker.stop();
    await db.$disconnect().catch(() => {});
    console.log("[worker] stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  await worker.runner.promise;
}
main().catch((error) => {
  console.error(`[worker] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
