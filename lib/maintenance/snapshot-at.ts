import "server-only";
import { db } from "@/lib/db";
import { loadMaintenanceSnapshot } from "./load";
import { maintenanceSnapshot, SnapshotUnavailableError } from "./snapshot-store";
import type { MaintenanceSnapshot } from "./types";

// The snapshot a reader of the maintenance state answers from (the API, the screens):
// the one in memory, with no database query, for now and for any instant after it was
// taken: it holds every window that had not ended then, and every publication replaces
// it. An instant before that asks about windows that had ended, which the snapshot
// dropped: those few requests (previews, audits) read the database, and get null while
// it is unreachable, as does everything when there is no snapshot at all.
export async function maintenanceSnapshotAt(at: Date | null, reader: string): Promise<MaintenanceSnapshot | null> {
  try {
    const snapshot = await maintenanceSnapshot();
    if (at === null || at.getTime() >= Date.parse(snapshot.takenAt)) return snapshot;
    return await loadMaintenanceSnapshot(db, at);
  } catch (error) {
    console.error(`[maintenance] ${reader}: ${error instanceof Error ? error.message : error}`);
    if (error instanceof SnapshotUnavailableError || at !== null) return null;
    throw error;
  }
}
