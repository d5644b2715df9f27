import "server-only";
import type { Db, Tx } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";

// The catalog entries a subscriber can filter by: services, payment methods and
// channels not archived, in the catalog's order, named in the page's language.

type Client = Db | Tx;
export type FilterKind = "services" | "paymentMethods" | "channels";
export const filterKinds: FilterKind[] = ["services", "paymentMethods", "channels"];

export interface FilterOption {
  key: string;
  name: string;
}

const live = { where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" as const }, { key: "asc" as const }], select: { id: true, key: true, nameJa: true, nameEn: true } };

async function entries(client: Client) {
  const [services, paymentMethods, channels] = [await client.service.findMany(live), await client.paymentMethod.findMany(live), await client.channel.findMany(live)];
  return { services, paymentMethods, channels };
}

export async function filterOptions(client: Client, locale: Locale): Promise<Record<FilterKind, FilterOption[]>> {
  const all = await entries(client);
  const named = (list: { key: string; nameJa: string; nameEn: string | null }[]) => list.map((e) => ({ key: e.key, name: locale === "en" && e.nameEn ? e.nameEn : e.nameJa }));
  return { services: named(all.services), paymentMethods: named(all.paymentMethods), channels: named(all.channels) };
}

/** The ids of the chosen keys, or per kind the keys the catalog does not offer. */
export async function resolveFilter(
  client: Client,
  chosen: Record<FilterKind, string[]>,
): Promise<{ ok: true; ids: Record<FilterKind, string[]> } | { ok: false; unknown: Partial<Record<FilterKind, string[]>> }> {
  const all = await entries(client);
  const ids = {} as Record<FilterKind, string[]>;
  const unknown: Partial<Record<FilterKind, string[]>> = {};
  for (const kind of filterKinds) {
    const byKey = new Map(all[kind].map((e) => [e.key, e.id]));
    const wanted = [...new Set(chosen[kind])];
    const missing = wanted.filter((k) => !byKey.has(k));
    if (missing.length) unknown[kind] = missing;
    ids[kind] = wanted.flatMap((k) => byKey.get(k) ?? []);
  }
  return Object.keys(unknown).length ? { ok: false, unknown } : { ok: true, ids };
}
