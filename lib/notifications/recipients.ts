import "server-only";
import { deriveAffected } from "@/lib/affected/derive-affected";
import { affectedForRevision } from "@/lib/affected/read";
import { loadAffectedCatalog } from "@/lib/affected/store";
import type { AffectedKeys } from "@/lib/affected/types";
import { db, type Tx } from "@/lib/db";
import type { MailLocale } from "@/lib/generated/prisma/enums";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";

// Who is told of a notice (issue 11): derived from what the one "affected" function says
// stops (DESIGN.md Decision 10) and the merchants' contracts; nothing else decides it.
// The outbox (lib/notifications/outbox.ts) and the console's "who will be told" both read
// this, so the preview an approver sees is the list the publication writes.

export interface Recipient {
  channel: "EMAIL" | "WEBHOOK";
  /** mail address (lower-cased) or webhook URL */
  address: string;
  locale: MailLocale;
  /** merchant contacts and merchant webhooks */
  merchantId: string | null;
  /** public subscribers */
  subscriberId: string | null;
  webhookId: string | null;
  /** for display: the merchant, or null for a subscriber */
  merchant: { code: string; nameJa: string; nameEn: string | null } | null;
}

type Client = Tx | typeof db;

const keyIn = (keys: string[]) => ({ key: { in: keys } });

/**
 * Who hears of a revision with these affected keys: active merchants whose contracted
 * services, payment methods or channels meet them, at each of their contact addresses
 * (one mail per address and merchant, whatever the purposes) and active webhooks; and
 * confirmed subscribers who have not left, whose filter meets them or who set none. A
 * subscriber whose address already hears as a merchant contact is not told twice.
 * Merchants in code order, then subscribers by address: the order the console lists.
 */
export async function recipientsForImpact(client: Client, affected: AffectedKeys): Promise<Recipient[]> {
  const meets = [
    ...(affected.services.length ? [{ services: { some: { service: keyIn(affected.services) } } }] : []),
    ...(affected.paymentMethods.length ? [{ paymentMethods: { some: { paymentMethod: keyIn(affected.paymentMethods) } } }] : []),
    ...(affected.channels.length ? [{ channels: { some: { channel: keyIn(affected.channels) } } }] : []),
  ];
  const merchants = meets.length
    ? await client.merchant.findMany({
        where: { deactivatedAt: null, OR: meets },
        orderBy: { code: "asc" },
        select: {
          id: true,
          code: true,
          nameJa: true,
          nameEn: true,
          locale: true,
          contacts: { select: { email: true }, orderBy: [{ purpose: "asc" }, { email: "asc" }] },
          webhooks: { where: { disabledAt: null }, select: { id: true, url: true }, orderBy: { createdAt: "asc" } },
        },
      })
    : [];
  const recipients: Recipient[] = [];
  const told = new Set<string>();
  for (const m of merchants) {
    const merchant = { code: m.code, nameJa: m.nameJa, nameEn: m.nameEn };
    for (const address of new Set(m.contacts.map((c) => c.email.trim().toLowerCase()))) {
      told.add(address);
      recipients.push({ channel: "EMAIL", address, locale: m.locale, merchantId: m.id, subscriberId: null, webhookId: null, merchant });
    }
    for (const w of m.webhooks) recipients.push({ channel: "WEBHOOK", address: w.url, locale: m.locale, merchantId: m.id, subscriberId: null, webhookId: w.id, merchant });
  }

  const filtered = { OR: [{ services: { some: {} } }, { paymentMethods: { some: {} } }, { channels: { some: {} } }] };
  const subscribers = await client.subscriber.findMany({
    where: {
      confirmedAt: { not: null },
      unsubscribedAt: null,
      OR: [{ NOT: filtered }, ...meets],
    },
    orderBy: { email: "asc" },
    select: { id: true, email: true, locale: true },
  });
  for (const s of subscribers) {
    if (told.has(s.email)) continue;
    recipients.push({ channel: "EMAIL", address: s.email, locale: s.locale, merchantId: null, subscriberId: s.id, webhookId: null, merchant: null });
  }
  return recipients;
}

/**
 * The same for a revision: a published (or superseded) one by the impact stored at its
 * publication; any other by its content and today's catalog, exactly as publishing it
 * now would store it (the console's preview before publishing).
 */
export async function recipientsForRevision(client: Client, revisionId: string): Promise<Recipient[]> {
  const { status } = await client.revision.findUniqueOrThrow({ where: { id: revisionId }, select: { status: true } });
  if (status === "PUBLISHED" || status === "SUPERSEDED") {
    const impact = await affectedForRevision(revisionId, client);
    if (!impact) throw new Error(`published revision ${revisionId} has no RevisionImpact`);
    return recipientsForImpact(client, impact.result.affected);
  }
  const full = await client.revision.findUniqueOrThrow({ where: { id: revisionId }, include: revisionInclude });
  const catalog = await loadAffectedCatalog(client as Tx);
  return recipientsForImpact(client, deriveAffected(revisionContent(full), catalog).affected);
}
