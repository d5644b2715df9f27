import "server-only";
import { db } from "@/lib/db";
import { manageUrl, unsubscribeUrl } from "./commands";
import { mintToken } from "./tokens";

/**
 * The unsubscribe and manage links of a mail to a subscriber (the delivery worker calls
 * this for each subscriber's message). A new token each time: the database keeps only
 * tokens' hashes, so an earlier one cannot be read back; all of them stay valid.
 */
export async function subscriberLinks(subscriberId: string): Promise<{ unsubscribeUrl: string; manageUrl: string }> {
  const subscriber = await db.subscriber.findUniqueOrThrow({ where: { id: subscriberId }, select: { id: true, locale: true } });
  const token = await mintToken(db, subscriber.id, "MANAGE");
  return { unsubscribeUrl: unsubscribeUrl(token), manageUrl: manageUrl(subscriber.locale, token) };
}
