import "server-only";
import { db, type Tx } from "@/lib/db";
import type { CatalogOption, CatalogOptions } from "./catalog-options";

const query = { orderBy: [{ sortOrder: "asc" as const }, { key: "asc" as const }], select: { key: true, nameJa: true, nameEn: true, archivedAt: true } };
type Row = { key: string; nameJa: string; nameEn: string | null; archivedAt: Date | null };
const option = (e: Row): CatalogOption => ({ key: e.key, nameJa: e.nameJa, nameEn: e.nameEn, archived: e.archivedAt !== null });

/** Every catalog entry, archived ones marked (an old row may still name them), in catalog order. */
export async function loadCatalogOptions(client: Tx | typeof db = db): Promise<CatalogOptions> {
  // one after another: a transaction has one connection
  const audiences = await client.audience.findMany(query);
  const services = await client.service.findMany(query);
  const paymentMethods = await client.paymentMethod.findMany(query);
  const channels = await client.channel.findMany(query);
  return { AUDIENCE: audiences.map(option), SERVICE: services.map(option), PAYMENT_METHOD: paymentMethods.map(option), CHANNEL: channels.map(option) };
}
