// The one way a database is migrated (npm start, with-db, npm test, the benchmark, the
// mutation checks): Prisma's migrations (the app's tables), then graphile-worker's own
// (its schema `graphile_worker`, with add_job). The notification outbox calls
// graphile_worker.add_job inside the publishing transaction, so the queue's schema must
// exist before the first publication, wherever the app's tables exist.
import path from "node:path";
import { execFileSync } from "node:child_process";
import { bin, mustRun, toolEnv } from "./env.mjs";

const root = path.resolve(new URL("../..", import.meta.url).pathname);

// graphile-worker's CLI installs or upgrades its schema and exits (--schema-only); its
// launcher runs under the pinned Node 22 (toolEnv puts node_modules/.bin first on PATH)
const workerArgs = (url) => ["--schema-only", "--connection", url];

/** prisma migrate deploy, then graphile-worker's migrations, on env.DATABASE_URL. */
export async function migrateDatabase(env, { cwd = root } = {}) {
  if (!env.DATABASE_URL) throw new Error("migrateDatabase: DATABASE_URL is not set");
  await mustRun(bin("prisma"), ["migrate", "deploy"], { env, quiet: true, cwd });
  await mustRun(bin("graphile-worker"), workerArgs(env.DATABASE_URL), { env, quiet: true, cwd });
}

/** The same, synchronously (tests that start their own cluster). */
export function migrateDatabaseSync(url) {
  const env = toolEnv({ DATABASE_URL: url });
  execFileSync(bin("prisma"), ["migrate", "deploy"], { env, stdio: "pipe", cwd: root });
  execFileSync(bin("graphile-worker"), workerArgs(url), { env, stdio: "pipe", cwd: root });
}
