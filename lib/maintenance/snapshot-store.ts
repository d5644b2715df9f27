import "server-only";
import fs from "node:fs";
import path from "node:path";
import { now } from "@/lib/clock";
import { db, type Db } from "@/lib/db";
import { loadMaintenanceSnapshot } from "./load";
import { pendingCommands, readJournal, withPendingCommands } from "./outage/journal";
import { parseSnapshotFile, SNAPSHOT_FILE, snapshotDirectory, writeSnapshotFile } from "./snapshot-file";
import type { MaintenanceSnapshot } from "./types";

// The maintenance snapshot of this instance (issue 10: "survives a database outage"):
// kept in memory, where every reader answers from, and written to a file in a directory
// all instances share (MAINTENANCE_SNAPSHOT_DIR, default .data/maintenance), where an
// instance whose database is unreachable reads it: after a restart during an outage, or
// when the outage command (issue 10) has written a change into it.
// It is refreshed from the database on start, by the publish hook after every publication
// on this instance, and by the freshness loop on every change it hears of and once a
// minute (lib/freshness/loop.ts). A refresh that fails marks the database unreachable
// until one succeeds; meanwhile readers take the file, re-read when it changes.

export { SNAPSHOT_FILE, snapshotDirectory, writeSnapshotFile } from "./snapshot-file";

interface StoreState {
  memory: MaintenanceSnapshot | null;
  /** when the last refresh failed (the database unreachable); null after a success */
  failedAt: number | null;
  refreshing: Promise<MaintenanceSnapshot> | null;
  again: boolean;
  file: { mtimeMs: number; size: number; snapshot: MaintenanceSnapshot } | null;
}
// on globalThis: Next's bundles may load this module more than once in a process
const store = ((globalThis as unknown as { maintenanceSnapshot?: StoreState }).maintenanceSnapshot ??= {
  memory: null,
  failedAt: null,
  refreshing: null,
  again: false,
  file: null,
});

/** A reader that found neither a snapshot in memory, nor a database, nor a file. */
export class SnapshotUnavailableError extends Error {
  constructor(cause: unknown) {
    super("no maintenance snapshot: the database is unreachable and no snapshot file was written", { cause });
  }
}

/** The file's snapshot, parsed again only when the file changed; null when there is none. */
export function readSnapshotFile(directory = snapshotDirectory()): MaintenanceSnapshot | null {
  const file = path.join(directory, SNAPSHOT_FILE);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (store.file && store.file.mtimeMs === stat.mtimeMs && store.file.size === stat.size) return store.file.snapshot;
  const snapshot = parseSnapshotFile(file);
  store.file = { mtimeMs: stat.mtimeMs, size: stat.size, snapshot };
  return snapshot;
}

/**
 * What the outage command wrote while the database was down and has not published yet
 * (lib/maintenance/outage/journal.ts): laid over the database's state, so that the file
 * every instance reads keeps it until the replay publishes it.
 */
function withPendingOutageCommands(snapshot: MaintenanceSnapshot): MaintenanceSnapshot {
  try {
    const pending = pendingCommands(readJournal(snapshotDirectory()));
    if (pending.length) console.warn(`[maintenance] ${pending.length} outage command(s) not yet published: run \`npm run maintenance -- replay\``);
    return withPendingCommands(snapshot, pending);
  } catch (error) {
    console.error(`[maintenance] could not read the outage journal in ${snapshotDirectory()}: ${error instanceof Error ? error.message : error}`);
    return snapshot;
  }
}

async function refreshOnce(client: Db): Promise<MaintenanceSnapshot> {
  let snapshot: MaintenanceSnapshot;
  try {
    snapshot = await loadMaintenanceSnapshot(client, now());
  } catch (error) {
    store.failedAt = Date.now();
    throw error;
  }
  snapshot = withPendingOutageCommands(snapshot);
  store.memory = snapshot;
  store.failedAt = null;
  // a file that cannot be written leaves this instance answering from memory, and says so
  try {
    writeSnapshotFile(snapshot);
  } catch (error) {
    console.error(`[maintenance] could not write the snapshot to ${snapshotDirectory()}: ${error instanceof Error ? error.message : error}`);
  }
  return snapshot;
}

/**
 * Reads the database and replaces the snapshot in memory and on disk. Refreshes do not
 * overlap: one asked for while another runs starts when it ends (it may have read before
 * the change that asked for it), and the callers waiting meanwhile share it.
 */
export function refreshMaintenanceSnapshot(client: Db = db): Promise<MaintenanceSnapshot> {
  if (store.refreshing) {
    store.again = true;
    return store.refreshing;
  }
  const run = async (): Promise<MaintenanceSnapshot> => {
    try {
      let snapshot = await refreshOnce(client);
      while (store.again) {
        store.again = false;
        snapshot = await refreshOnce(client);
      }
      return snapshot;
    } finally {
      store.refreshing = null;
      store.again = false;
    }
  };
  store.refreshing = run();
  return store.refreshing;
}

/** Whether the last refresh failed: readers then answer from the file. */
export function databaseUnreachable(): boolean {
  return store.failedAt !== null;
}

/** How old the snapshot in memory is, for the freshness loop's periodic refresh. */
export function lastRefreshAge(): number {
  return store.memory ? now().getTime() - Date.parse(store.memory.takenAt) : Infinity;
}

/**
 * The snapshot a reader answers from, with no database query unless this instance has
 * none yet (its first request before the start-up refresh finished). Memory while the
 * database is reachable; the file once a refresh has failed (it may hold a change the
 * outage command wrote), else memory.
 */
export async function maintenanceSnapshot(client: Db = db): Promise<MaintenanceSnapshot> {
  if (store.memory && store.failedAt === null) return store.memory;
  if (!store.memory && store.failedAt === null) {
    try {
      return await refreshMaintenanceSnapshot(client);
    } catch (error) {
      console.error(`[maintenance] snapshot refresh failed, answering from ${path.join(snapshotDirectory(), SNAPSHOT_FILE)}: ${error instanceof Error ? error.message : error}`);
    }
  }
  // the shared file: it may hold a change another instance or the outage command wrote
  let fileError: unknown = null;
  try {
    const file = readSnapshotFile();
    if (file) return file;
  } catch (error) {
    fileError = error;
  }
  if (store.memory) return store.memory;
  throw new SnapshotUnavailableError(fileError);
}

/** Forgets the snapshot in memory and the database's health (tests: a fresh instance). */
export function resetMaintenanceSnapshot(): void {
  Object.assign(store, { memory: null, failedAt: null, refreshing: null, again: false, file: null });
}
