// The seeded catalog as deriveAffected sees it, for unit tests (no database): the same
// records prisma/seed.ts writes, in the same order (sortOrder = position).
import { revisionContentSchema, type RevisionContentInput } from "@/lib/notices/content/schema";
import * as seed from "@/prisma/seed/catalog";
import { deriveAffected } from "./derive-affected";
import { freezeNames } from "./names";
import type { AffectedCatalog, RevisionImpact } from "./types";

const entry = (e: { key: string; nameJa: string; nameEn?: string | null }, sortOrder: number) => ({ key: e.key, sortOrder, nameJa: e.nameJa, nameEn: e.nameEn ?? null });

export function seededCatalog(): AffectedCatalog {
  return {
    services: seed.services.map((s, i) => ({ ...entry(s, i), paymentMethodKeys: [...s.paymentMethodKeys] })),
    paymentMethods: seed.paymentMethods.map(entry),
    channels: seed.channels.map((c, i) => ({ ...entry(c, i), serviceKey: c.serviceKey, paymentMethodKeys: [...c.paymentMethodKeys] })),
    audiences: seed.audiences.map(entry),
  };
}

/** A revision's impact as publication stores it, against the seeded catalog. */
export function impactOf(content: RevisionContentInput): RevisionImpact {
  const catalog = seededCatalog();
  const result = deriveAffected(revisionContentSchema.parse(content), catalog);
  return { result, names: freezeNames(catalog, result) };
}
