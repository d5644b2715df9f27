import "server-only";
import { z } from "zod";
import type { Db } from "@/lib/db";

// The PublicPageChange rows the migration's triggers write, and the NOTIFY they send,
// as this process reads them (ADR 0005).
//
// Why the poller reads by snapshot, not by time or by id: a row's timestamp and its
// bigserial id are both taken when the row is written, not when its transaction
// commits. A transaction that takes id 10 and commits after the one that took id 11
// would be missed forever by a reader asking `id > 11` (or `at > last tick`). A
// snapshot records which transactions had committed when it was taken; the rows
// visible now whose transaction was not visible in the previous read's snapshot are
// exactly the changes committed in between, each read exactly once.

/** The NOTIFY channel the triggers send on. */
export const CHANGE_CHANNEL = "public_page_change";

export interface PageChange {
  /** PublicPageChange.id: names the change, so that NOTIFY and the poll refresh it once */
  id: string;
  slug: string;
}

const notification = z.object({ id: z.string().regex(/^\d+$/), slug: z.string().min(1) });

/** The change a NOTIFY payload names (`{"id":"42","slug":"…"}`), or null for anything else. */
export function parseNotification(payload: string): PageChange | null {
  try {
    const parsed = notification.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ChangeReader {
  /** The changes committed since the previous read (or since the reader was opened), in id order. */
  read(): Promise<PageChange[]>;
}

/**
 * Starts reading changes from now on. One statement per read: the rows it can see and
 * the snapshot it returns come from the same statement snapshot, so the next read's
 * "not visible in the previous snapshot" neither repeats nor skips a row. Only rows
 * whose transaction id is at or above the previous snapshot's xmin can be new (every
 * older transaction had ended), so a read scans the (xid, slug) index from there.
 */
export async function openChangeReader(db: Db): Promise<ChangeReader> {
  const [opened] = await db.$queryRaw<{ snapshot: string }[]>`SELECT pg_current_snapshot()::text AS snapshot`;
  let previous = opened!.snapshot;
  return {
    async read() {
      const rows = await db.$queryRaw<{ snapshot: string; id: string | null; slug: string | null }[]>`
        SELECT cur.snapshot::text AS snapshot, c."id"::text AS id, c."slug" AS slug
          FROM (SELECT pg_current_snapshot() AS snapshot) cur
          LEFT JOIN "PublicPageChange" c
            ON c."xid" >= pg_snapshot_xmin(${previous}::pg_snapshot)
           AND NOT pg_visible_in_snapshot(c."xid", ${previous}::pg_snapshot)
         ORDER BY c."id"`;
      previous = rows[0]!.snapshot;
      return rows.flatMap((r) => (r.id && r.slug ? [{ id: r.id, slug: r.slug }] : []));
    },
  };
}
