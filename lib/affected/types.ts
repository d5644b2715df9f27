// The shapes of "affected" (DESIGN.md, Decision 10): what deriveAffected returns, what
// the catalog gives it, and what a published revision stores (RevisionImpact). The zod
// schemas are the types' single source: the stored JSON is parsed with them on read.
import { z } from "zod";

export const availabilities = ["unavailable", "degraded", "available"] as const;
/**
 * unavailable: everything it carries stops; degraded: some of it stops, some stays
 * available; available: a row of the letter says it stays available, or nothing stops.
 */
export type Availability = (typeof availabilities)[number];

/** Catalog keys by availability, each list in catalog order. */
export const keySplitSchema = z.object({
  unavailable: z.array(z.string()),
  degraded: z.array(z.string()),
  available: z.array(z.string()),
});
export type KeySplit = z.infer<typeof keySplitSchema>;

const state = z.enum(availabilities);

export const channelImpactSchema = z.object({
  key: z.string(),
  /** the service whose integration method or screen this is; it is in the channel's state */
  service: z.string().nullable(),
  state,
  /** what buyers pay with through this channel (degraded is always empty: one channel, one answer) */
  paymentMethods: keySplitSchema,
});
export type ChannelImpact = z.infer<typeof channelImpactSchema>;

export const serviceImpactSchema = z.object({
  key: z.string(),
  state,
  /** every method the service offers, across its channels */
  paymentMethods: keySplitSchema,
});
export type ServiceImpact = z.infer<typeof serviceImpactSchema>;

/** unavailable ∪ degraded: what the index filters, the API's `affected` and the feeds' categories name. */
export const affectedKeysSchema = z.object({
  services: z.array(z.string()),
  paymentMethods: z.array(z.string()),
  channels: z.array(z.string()),
  audiences: z.array(z.string()),
});
export type AffectedKeys = z.infer<typeof affectedKeysSchema>;

export const affectedResultSchema = z.object({
  /** every channel the notice concerns, catalog order */
  channels: z.array(channelImpactSchema),
  /** every service the notice concerns, catalog order */
  services: z.array(serviceImpactSchema),
  /** notice-wide, over the services and channels concerned */
  paymentMethods: z.array(z.object({ key: z.string(), state })),
  /** audiences named by rows that stop something */
  audiences: z.array(z.string()),
  affected: affectedKeysSchema,
});
export type AffectedResult = z.infer<typeof affectedResultSchema>;

const name = z.object({ ja: z.string(), en: z.string().nullable() });
export type CatalogName = z.infer<typeof name>;
const names = z.record(z.string(), name);

/** ja/en names of the catalog entries a result names, frozen at publication (Decision 2). */
export const frozenNamesSchema = z.object({ services: names, paymentMethods: names, channels: names, audiences: names });
export type FrozenNames = z.infer<typeof frozenNamesSchema>;

/** What a published revision carries (the RevisionImpact row): the result and its names. */
export const revisionImpactSchema = z.object({ result: affectedResultSchema, names: frozenNamesSchema });
export type RevisionImpact = z.infer<typeof revisionImpactSchema>;

// ───── the catalog as the function sees it ─────

export interface CatalogEntry {
  key: string;
  sortOrder: number;
  nameJa: string;
  nameEn: string | null;
}

/** Services, payment methods, channels and audiences, with what each service and channel carries. */
export interface AffectedCatalog {
  services: (CatalogEntry & { paymentMethodKeys: string[] })[];
  paymentMethods: CatalogEntry[];
  channels: (CatalogEntry & { serviceKey: string | null; paymentMethodKeys: string[] })[];
  audiences: CatalogEntry[];
}
