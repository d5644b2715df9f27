import "server-only";
import type { Tx } from "@/lib/db";
import type { CatalogKind } from "./messages";

// Where published revisions hold on to catalog entries. A revision is published once it
// has a number (Revision.number); published revisions never change, so a key they name
// is frozen for good: its notices' URLs (index filters), the API and calendars name it.

const published = { number: { not: null } };
const cellOfPublished = { cell: { row: { table: { block: { section: { revision: published } } } } } };

/** The JSON key of RevisionImpact.names that lists the frozen names of this kind. */
const namesKey: Record<CatalogKind, string> = { services: "services", "payment-methods": "paymentMethods", channels: "channels", audiences: "audiences" };

/** Whether a published revision refers to the entry, by id (impact table cells, screens, windows) or by key (derived impact). */
export async function isKeyFrozen(tx: Tx, kind: CatalogKind, id: string, key: string): Promise<boolean> {
  const byImpact = await tx.$queryRaw<{ found: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "RevisionImpact" WHERE names -> ${namesKey[kind]} ? ${key}) AS found`;
  if (byImpact[0]?.found) return true;
  if (kind === "services") return (await tx.impactCellRef.count({ where: { serviceId: id, ...cellOfPublished } })) > 0;
  if (kind === "payment-methods") return (await tx.impactCellRef.count({ where: { paymentMethodId: id, ...cellOfPublished } })) > 0;
  if (kind === "audiences") return (await tx.impactCellRef.count({ where: { audienceId: id, ...cellOfPublished } })) > 0;
  const [cells, screens, windows] = await Promise.all([
    tx.impactCellRef.count({ where: { channelId: id, ...cellOfPublished } }),
    tx.screenChannel.count({ where: { channelId: id, screen: { revision: published } } }),
    tx.maintenanceWindowChannel.count({ where: { channelId: id, window: { revision: published } } }),
  ]);
  return cells + screens + windows > 0;
}

/** The ids of the entries of this kind that published revisions refer to (for the list's "in use" mark). */
export async function frozenKeys(tx: Tx, kind: CatalogKind, entries: readonly { id: string; key: string }[]): Promise<Set<string>> {
  const frozen = new Set<string>();
  for (const entry of entries) if (await isKeyFrozen(tx, kind, entry.id, entry.key)) frozen.add(entry.id);
  return frozen;
}
