import "server-only";
import { db } from "@/lib/db";
import { recipientsForRevision, type Recipient } from "@/lib/notifications/recipients";
import { silentReason } from "./silence";

// "Who will be told" before a revision is published (issue 11): the lead's
// recipientsForRevision decides (the same list the publication's outbox writes), this
// only groups it by merchant for the console, and says when nobody will be told.

export interface MerchantRecipients {
  merchantId: string;
  code: string;
  nameJa: string;
  nameEn: string | null;
  addresses: string[];
  webhooks: string[];
}

export interface RecipientsPreview {
  /** why nobody will be told whatever the contracts say, or null */
  silent: "backfill" | "editorial" | null;
  merchants: MerchantRecipients[];
  /** mail addresses of merchants (each once per merchant) */
  addresses: number;
  subscribers: number;
  webhooks: number;
}

export function groupRecipients(recipients: readonly Recipient[]): Omit<RecipientsPreview, "silent"> {
  const merchants = new Map<string, MerchantRecipients>();
  let subscribers = 0;
  for (const r of recipients) {
    if (r.subscriberId) {
      subscribers += 1;
      continue;
    }
    if (!r.merchantId || !r.merchant) continue;
    const entry = merchants.get(r.merchantId) ?? { merchantId: r.merchantId, ...r.merchant, addresses: [], webhooks: [] };
    (r.channel === "EMAIL" ? entry.addresses : entry.webhooks).push(r.address);
    merchants.set(r.merchantId, entry);
  }
  const list = [...merchants.values()];
  return {
    merchants: list,
    addresses: list.reduce((sum, m) => sum + m.addresses.length, 0),
    subscribers,
    webhooks: list.reduce((sum, m) => sum + m.webhooks.length, 0),
  };
}

/** Who publishing the revision now would tell; `backfill`: the publication would be a backfill (nobody). */
export async function recipientsPreview(revisionId: string, options: { backfill: boolean }): Promise<RecipientsPreview> {
  const revision = await db.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { amendment: { select: { type: true } } } });
  const silent = silentReason({ backfill: options.backfill, amendmentType: revision.amendment?.type });
  if (silent) return { silent, merchants: [], addresses: 0, subscribers: 0, webhooks: 0 };
  return { silent: null, ...groupRecipients(await recipientsForRevision(db, revisionId)) };
}
