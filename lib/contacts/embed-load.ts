import "server-only";
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locale";

/** The channels a merchant can embed the modal for: the catalog's, archived ones left out, named in the console's language. */
export async function embedChannels(locale: Locale): Promise<{ key: string; label: string }[]> {
  const channels = await db.channel.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true, nameJa: true, nameEn: true } });
  return channels.map((c) => ({ key: c.key, label: `${locale === "en" ? (c.nameEn ?? c.nameJa) : c.nameJa} (${c.key})` }));
}
