import "server-only";
import { db } from "@/lib/db";
import type { CatalogKind } from "./messages";
import { frozenKeys } from "./references";

// What /admin/catalog lists and edits.

const order = [{ archivedAt: { sort: "asc" as const, nulls: "first" as const } }, { sortOrder: "asc" as const }, { key: "asc" as const }];

export interface CatalogRow {
  id: string;
  key: string;
  nameJa: string;
  nameEn: string | null;
  sortOrder: number;
  archivedAt: Date | null;
  /** what the entry relates to, in words (a service's payment methods, a channel's type and service) */
  details: string[];
  /** a published revision refers to it: its key can no longer change */
  frozen: boolean;
}

export async function readCatalog(): Promise<Record<CatalogKind, CatalogRow[]>> {
  const [services, paymentMethods, channels, audiences] = await Promise.all([
    db.service.findMany({ orderBy: order, include: { paymentMethods: { include: { paymentMethod: true } } } }),
    db.paymentMethod.findMany({ orderBy: order }),
    db.channel.findMany({ orderBy: order, include: { service: true, paymentMethods: { include: { paymentMethod: true } } } }),
    db.audience.findMany({ orderBy: order }),
  ]);
  const rows = async (kind: CatalogKind, entries: (Omit<CatalogRow, "details" | "frozen"> & { details?: string[] })[]) => {
    const frozen = await frozenKeys(db, kind, entries);
    return entries.map((entry) => ({ ...entry, details: entry.details ?? [], frozen: frozen.has(entry.id) }));
  };
  const methodNames = (links: { paymentMethod: { nameJa: string; sortOrder: number } }[]) =>
    links.toSorted((a, b) => a.paymentMethod.sortOrder - b.paymentMethod.sortOrder).map((link) => link.paymentMethod.nameJa);
  return {
    services: await rows(
      "services",
      services.map(({ paymentMethods: links, ...service }) => ({ ...service, details: methodNames(links) })),
    ),
    "payment-methods": await rows("payment-methods", paymentMethods),
    channels: await rows(
      "channels",
      channels.map(({ paymentMethods: links, service, serviceId: _serviceId, type, ...channel }) => ({
        ...channel,
        details: [type, ...(service ? [service.nameJa] : []), ...methodNames(links)],
      })),
    ),
    audiences: await rows("audiences", audiences),
  };
}

/** One entry for its edit page, with the keys of what it relates to; null when there is none. */
export async function readEntry(kind: CatalogKind, id: string) {
  const entry =
    kind === "services"
      ? await db.service.findUnique({ where: { id }, include: { paymentMethods: { include: { paymentMethod: true } } } })
      : kind === "channels"
        ? await db.channel.findUnique({ where: { id }, include: { service: true, paymentMethods: { include: { paymentMethod: true } } } })
        : kind === "payment-methods"
          ? await db.paymentMethod.findUnique({ where: { id } })
          : await db.audience.findUnique({ where: { id } });
  if (!entry) return null;
  const links: { paymentMethod: { key: string } }[] = "paymentMethods" in entry ? (entry.paymentMethods as { paymentMethod: { key: string } }[]) : [];
  return {
    id: entry.id,
    key: entry.key,
    nameJa: entry.nameJa,
    nameEn: entry.nameEn ?? "",
    sortOrder: String(entry.sortOrder),
    archivedAt: entry.archivedAt,
    paymentMethodKeys: links.map((link) => link.paymentMethod.key),
    type: "type" in entry ? String(entry.type) : undefined,
    serviceKey: "service" in entry ? ((entry.service as { key: string } | null)?.key ?? "") : undefined,
    frozen: (await frozenKeys(db, kind, [entry])).size > 0,
  };
}

/** Choices for the relation fields of the forms. */
export async function catalogChoices() {
  const [services, paymentMethods] = await Promise.all([
    db.service.findMany({ where: { archivedAt: null }, orderBy: order, select: { key: true, nameJa: true } }),
    db.paymentMethod.findMany({ where: { archivedAt: null }, orderBy: order, select: { key: true, nameJa: true } }),
  ]);
  return {
    services: services.map((s) => ({ value: s.key, label: s.nameJa })),
    paymentMethods: paymentMethods.map((p) => ({ value: p.key, label: p.nameJa })),
  };
}

export async function readErrorCodeFormats() {
  return db.screenDefaults.findMany({ include: { issuer: { select: { nameJa: true } } }, orderBy: { issuerId: "asc" } });
}
