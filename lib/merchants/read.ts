import "server-only";
import type { Db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// What the merchant pages read. Filters are catalog keys (as the public site's
// ?service= …); an unknown key simply matches nothing.

export interface MerchantFilter {
  q?: string;
  service?: string;
  paymentMethod?: string;
  channel?: string;
}

const listInclude = {
  contacts: { select: { email: true, purpose: true } },
  services: { select: { service: { select: { key: true, nameJa: true, nameEn: true } } } },
  paymentMethods: { select: { paymentMethod: { select: { key: true, nameJa: true, nameEn: true } } } },
  channels: { select: { channel: { select: { key: true, nameJa: true, nameEn: true } } } },
} satisfies Prisma.MerchantInclude;

export function merchantWhere(filter: MerchantFilter): Prisma.MerchantWhereInput {
  const q = filter.q?.trim();
  return {
    ...(q ? { OR: [{ code: { contains: q, mode: "insensitive" } }, { nameJa: { contains: q, mode: "insensitive" } }, { nameEn: { contains: q, mode: "insensitive" } }] } : {}),
    ...(filter.service ? { services: { some: { service: { key: filter.service } } } } : {}),
    ...(filter.paymentMethod ? { paymentMethods: { some: { paymentMethod: { key: filter.paymentMethod } } } } : {}),
    ...(filter.channel ? { channels: { some: { channel: { key: filter.channel } } } } : {}),
  };
}

export async function listMerchants(client: Db, filter: MerchantFilter) {
  const where = merchantWhere(filter);
  const [active, deactivated] = await Promise.all([
    client.merchant.findMany({ where: { ...where, deactivatedAt: null }, include: listInclude, orderBy: { code: "asc" } }),
    client.merchant.findMany({ where: { ...where, deactivatedAt: { not: null } }, include: listInclude, orderBy: { code: "asc" } }),
  ]);
  return { active, deactivated };
}

export type MerchantListRow = Awaited<ReturnType<typeof listMerchants>>["active"][number];

export function catalogOptions(client: Db) {
  const select = { key: true, nameJa: true, nameEn: true } as const;
  const orderBy = [{ sortOrder: "asc" as const }, { key: "asc" as const }];
  return Promise.all([client.service.findMany({ select, orderBy }), client.paymentMethod.findMany({ select, orderBy }), client.channel.findMany({ select, orderBy })]).then(
    ([services, paymentMethods, channels]) => ({ services, paymentMethods, channels }),
  );
}

export function loadMerchant(client: Db, id: string) {
  return client.merchant.findUnique({
    where: { id },
    include: {
      ...listInclude,
      contacts: { orderBy: [{ purpose: "asc" }, { email: "asc" }] },
      webhooks: { orderBy: { createdAt: "desc" }, select: { id: true, url: true, description: true, createdAt: true, disabledAt: true } },
      sendLogs: { orderBy: { createdAt: "desc" }, take: 20, select: { id: true, createdAt: true, event: true, channel: true, recipient: true, status: true, attempts: true } },
    },
  });
}

/** The list's filters from the query string (?q=&service=&paymentMethod=&channel=); anything else is ignored. */
export function parseMerchantFilter(params: Record<string, string | string[] | undefined>): MerchantFilter {
  const one = (name: string) => {
    const value = params[name];
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    return text ? text.slice(0, 200) : undefined;
  };
  return { q: one("q"), service: one("service"), paymentMethod: one("paymentMethod"), channel: one("channel") };
}
