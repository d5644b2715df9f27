import fs from "node:fs";
import path from "node:path";
import { maintenanceSnapshotSchema, type MaintenanceSnapshot } from "./types";

// The maintenance snapshot's shared file (snapshot-store.ts says who writes and reads it
// when), apart from the store so that a command can read it with no database client at
// all: the export falls back to it when the database is down (ADR 0014).

export const SNAPSHOT_FILE = "snapshot.json";

export function snapshotDirectory(): string {
  return path.resolve(process.env.MAINTENANCE_SNAPSHOT_DIR ?? path.join(process.cwd(), ".data", "maintenance"));
}

/** Written beside the target, then renamed over it: a reader sees the old file or the new one, never half of one. */
export function writeSnapshotFile(snapshot: MaintenanceSnapshot, directory = snapshotDirectory()): string {
  fs.mkdirSync(directory, { recursive: true });
  const target = path.join(directory, SNAPSHOT_FILE);
  const temporary = path.join(directory, `.${SNAPSHOT_FILE}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(temporary, `${JSON.stringify(snapshot)}\n`, { mode: 0o644 });
  fs.renameSync(temporary, target);
  return target;
}

/** The file parsed and checked against the snapshot's schema (it throws on a file that is not one). */
export function parseSnapshotFile(file: string): MaintenanceSnapshot {
  return maintenanceSnapshotSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}
