// A PostgreSQL of a test file's own, for the tests that stop and start their database
// (the outage tests): started embedded whatever DATABASE_URL says (the others share that
// one and must not see it go), migrated, seeded, and named by DATABASE_URL for the
// application's modules, which the file imports after this.
import fs from "node:fs";
import path from "node:path";
import { migrateDatabaseSync } from "@/scripts/lib/migrate.mjs";
import { APP_ROLE, createDatabaseIfMissing, freePort, secretsFile, startEmbedded, type EmbeddedCluster } from "@/scripts/lib/db.mjs";

const dataRoot = path.resolve(__dirname, "../.data");

export interface OwnDatabase {
  readonly running: boolean;
  /** stops the server (an outage); the port stays this file's */
  stop(): Promise<void>;
  /** starts it again on the same port and data */
  start(): Promise<void>;
  /** stops it if running and removes its data (afterAll) */
  remove(): Promise<void>;
}

export async function ownSeededDatabase(label: string, firstPort: number): Promise<OwnDatabase> {
  const name = `${label}-${process.pid}`;
  const removeData = () => {
    fs.rmSync(path.join(dataRoot, name), { recursive: true, force: true });
    fs.rmSync(secretsFile(path.join(dataRoot, name)), { force: true });
  };
  removeData();
  const port = await freePort(firstPort);
  let cluster: EmbeddedCluster | null = await startEmbedded({ name, port });
  await createDatabaseIfMissing(cluster.adminUrl, "outage", APP_ROLE);
  const url = cluster.urlFor("outage");
  migrateDatabaseSync(url);
  process.env.DATABASE_URL = url;
  // a client for this database, not one an earlier file left on globalThis (lib/db.ts)
  delete (globalThis as { prisma?: unknown }).prisma;
  const { seed } = await import("@/prisma/seed");
  await seed();
  const stop = async () => {
    const running = cluster;
    cluster = null;
    await running?.stop();
  };
  return {
    get running() {
      return cluster !== null;
    },
    stop,
    async start() {
      cluster ??= await startEmbedded({ name, port });
    },
    async remove() {
      await stop();
      removeData();
    },
  };
}
