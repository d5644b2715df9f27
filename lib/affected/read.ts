import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db";
import { revisionImpactSchema, type RevisionImpact } from "./types";

// The read side every consumer uses: the index and search (through NoticeListing, which
// SQL copies from the row), the JSON API, the feeds, the shop text, the notice page and,
// later, the maintenance API and merchant targeting.

/** The stored row (JSON columns) as the typed impact; throws if it is not one. */
export function parseRevisionImpact(row: { result: unknown; names: unknown }): RevisionImpact {
  return revisionImpactSchema.parse({ result: row.result, names: row.names });
}

/** The impact a published revision was read with (`impact: { select: { result, names } }`); the database guarantees one. */
export function publishedImpact(revision: { id: string; impact: { result: unknown; names: unknown } | null }): RevisionImpact {
  if (!revision.impact) throw new Error(`published revision ${revision.id} has no RevisionImpact`);
  return parseRevisionImpact(revision.impact);
}

/** What a published revision stops, degrades and leaves available; null for a revision never published. */
export async function affectedForRevision(revisionId: string, client: Tx | typeof db = db): Promise<RevisionImpact | null> {
  const row = await client.revisionImpact.findUnique({ where: { revisionId }, select: { result: true, names: true } });
  return row ? parseRevisionImpact(row) : null;
}
