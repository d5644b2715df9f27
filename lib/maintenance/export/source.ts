import "server-only";
import fs from "node:fs";
import path from "node:path";
import { parseSnapshotFile, SNAPSHOT_FILE, snapshotDirectory } from "../snapshot-file";
import type { MaintenanceSnapshot } from "../types";
import type { Source } from "./args";
import type { SourceInfo } from "./bundle";

// Where the export reads the maintenance state from (issue 10): the database, as the
// app's snapshot refresh reads it, and, when the database cannot be reached (the outage
// the bundle is for), the snapshot file every instance shares, which the outage command
// also writes. The caller says which was used. The database's modules are imported only
// when it is read: lib/db.ts refuses to load without DATABASE_URL.

/** A database that does not answer within this is as good as down. */
const DATABASE_TIMEOUT_MS = 10_000;

export class SourceError extends Error {}

async function fromDatabase(at: Date): Promise<MaintenanceSnapshot> {
  const [{ db }, { loadMaintenanceSnapshot }] = await Promise.all([import("@/lib/db"), import("../load")]);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS / 1000} s`)), DATABASE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([loadMaintenanceSnapshot(db, at), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function fromFile(at: Date): { snapshot: MaintenanceSnapshot; info: SourceInfo } {
  const file = path.join(snapshotDirectory(), SNAPSHOT_FILE);
  if (!fs.existsSync(file)) throw new SourceError(`no snapshot file at ${file} (MAINTENANCE_SNAPSHOT_DIR): run the app once with the database up, or export with the database reachable`);
  let snapshot: MaintenanceSnapshot;
  try {
    snapshot = parseSnapshotFile(file);
  } catch (error) {
    throw new SourceError(`the snapshot file ${file} cannot be read: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
  // the file holds the windows that had not ended when it was taken: an earlier instant may miss some
  if (at.getTime() < Date.parse(snapshot.takenAt))
    throw new SourceError(`the snapshot file ${file} was taken at ${snapshot.takenAt}: an export for the earlier ${at.toISOString()} needs the database`);
  return { snapshot, info: { kind: "file", file, takenAt: snapshot.takenAt } };
}

/** The first line of what went wrong; a refused connection is an AggregateError with no message of its own. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return describe(error.errors[0]);
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return error.message.split("\n")[0] || (typeof code === "string" ? code : error.name);
}

/**
 * The snapshot for `at`: from the database unless `from` says file; from the file when
 * the database fails and `from` did not ask for the database alone. `log` says why.
 */
export async function exportSnapshot(at: Date, from: Source | null, log: (message: string) => void): Promise<{ snapshot: MaintenanceSnapshot; info: SourceInfo }> {
  if (from === "file") return fromFile(at);
  try {
    if (!process.env.DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const snapshot = await fromDatabase(at);
    return { snapshot, info: { kind: "database", takenAt: snapshot.takenAt } };
  } catch (error) {
    const reason = describe(error);
    if (from === "database") throw new SourceError(`the database could not be read: ${reason}`);
    log(`the database could not be read (${reason}): using the snapshot file`);
    return fromFile(at);
  }
}
