import "server-only";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";

// The subscription form sends mail to any address typed into it: without a limit it
// is a way to flood someone's mailbox. Counted in the database (every instance sees
// the same counts) over a sliding hour, per address asked for and per client address.
// Counted whether or not the address is subscribed, so the limit reveals nothing.
export const subscriptionLimits = {
  windowMs: 60 * 60_000,
  /** mails to one address per hour (confirmation or "already subscribed") */
  perEmail: 3,
  /** requests from one client address per hour */
  perAddress: 10,
} as const;

export type LimitHit = "email" | "address" | null;

/**
 * Counts this request if both limits allow it, else says which one is reached. Runs
 * in the request's transaction under an advisory lock per address asked for and per
 * client, so that concurrent requests cannot all pass the count before any is written.
 */
export async function takeSubscriptionRequest(tx: Tx, who: { email: string; address: string }): Promise<LimitHit> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscribe-email:${who.email}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscribe-address:${who.address}`}))`;
  const at = now();
  const since = new Date(at.getTime() - subscriptionLimits.windowMs);
  const byEmail = await tx.subscriptionRequest.count({ where: { email: who.email, at: { gt: since } } });
  const byAddress = await tx.subscriptionRequest.count({ where: { address: who.address, at: { gt: since } } });
  if (byEmail >= subscriptionLimits.perEmail) return "email";
  if (byAddress >= subscriptionLimits.perAddress) return "address";
  await tx.subscriptionRequest.create({ data: { email: who.email, address: who.address, at } });
  // rows older than the window count for nothing: prune them as new ones arrive
  await tx.subscriptionRequest.deleteMany({ where: { at: { lt: since } } });
  return null;
}
