// The names a revision's impact shows, frozen at publication (DESIGN.md, Decision 2): a
// catalog entry renamed later keeps its old name on the old notice, in the summary, the
// shop text and the feeds alike.
import type { AffectedCatalog, AffectedResult, CatalogEntry, FrozenNames } from "./types";

function namesOf(entries: CatalogEntry[], keys: Set<string>) {
  return Object.fromEntries(entries.filter((e) => keys.has(e.key)).map((e) => [e.key, { ja: e.nameJa, en: e.nameEn }]));
}

/** The ja/en names of every catalog entry the result names, available ones included. */
export function freezeNames(catalog: AffectedCatalog, result: AffectedResult): FrozenNames {
  const split = (s: { unavailable: string[]; degraded: string[]; available: string[] }) => [...s.unavailable, ...s.degraded, ...s.available];
  const services = new Set([...result.services.map((s) => s.key), ...result.channels.flatMap((c) => (c.service ? [c.service] : []))]);
  const methods = new Set([
    ...result.paymentMethods.map((m) => m.key),
    ...result.services.flatMap((s) => split(s.paymentMethods)),
    ...result.channels.flatMap((c) => split(c.paymentMethods)),
  ]);
  return {
    services: namesOf(catalog.services, services),
    paymentMethods: namesOf(catalog.paymentMethods, methods),
    channels: namesOf(catalog.channels, new Set(result.channels.map((c) => c.key))),
    audiences: namesOf(catalog.audiences, new Set(result.audiences)),
  };
}
