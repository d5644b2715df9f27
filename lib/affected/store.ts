import "server-only";
import type { Tx } from "@/lib/db";
import { deriveAffected, type AffectedContent } from "./derive-affected";
import { freezeNames } from "./names";
import type { AffectedCatalog, RevisionImpact } from "./types";

// Writing a revision's impact: only publishRevision calls this, in the publishing
// transaction, before the revision becomes PUBLISHED (the database refuses a publication
// without the row, and any change to it afterwards).

const ordered = { orderBy: [{ sortOrder: "asc" as const }, { key: "asc" as const }] };
const carried = { select: { paymentMethod: { select: { key: true } } } } as const;

/** The catalog as it is now, archived entries included (old notices name them). */
export async function loadAffectedCatalog(tx: Tx): Promise<AffectedCatalog> {
  // one after another: a transaction has one connection
  const services = await tx.service.findMany({ ...ordered, include: { paymentMethods: carried } });
  const paymentMethods = await tx.paymentMethod.findMany(ordered);
  const channels = await tx.channel.findMany({ ...ordered, include: { paymentMethods: carried, service: { select: { key: true } } } });
  const audiences = await tx.audience.findMany(ordered);
  const entry = (e: { key: string; sortOrder: number; nameJa: string; nameEn: string | null }) => ({ key: e.key, sortOrder: e.sortOrder, nameJa: e.nameJa, nameEn: e.nameEn });
  return {
    services: services.map((s) => ({ ...entry(s), paymentMethodKeys: s.paymentMethods.map((p) => p.paymentMethod.key) })),
    paymentMethods: paymentMethods.map(entry),
    channels: channels.map((c) => ({ ...entry(c), serviceKey: c.service?.key ?? null, paymentMethodKeys: c.paymentMethods.map((p) => p.paymentMethod.key) })),
    audiences: audiences.map(entry),
  };
}

/** Derives the revision's impact from its content and today's catalog and stores it with the revision. */
export async function storeRevisionImpact(tx: Tx, revisionId: string, content: AffectedContent): Promise<RevisionImpact> {
  const catalog = await loadAffectedCatalog(tx);
  const result = deriveAffected(content, catalog);
  const names = freezeNames(catalog, result);
  // a draft may carry one from an earlier attempt that was rolled back elsewhere: today's wins
  await tx.revisionImpact.deleteMany({ where: { revisionId } });
  await tx.revisionImpact.create({ data: { revisionId, result, names } });
  return { result, names };
}
