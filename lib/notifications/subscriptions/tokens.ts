import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { now } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";
import type { SubscriptionTokenPurpose } from "@/lib/generated/prisma/enums";

// The subscription's links carry a token of 32 random bytes; the database keeps its
// SHA-256 only (a plain hash suffices: the token has 256 bits of entropy, nothing to
// brute-force). A confirmation link expires after 24 hours and works once; the manage
// and unsubscribe links of a subscriber's mails stay valid while the subscriber exists.

export const CONFIRM_TTL_MS = 24 * 60 * 60 * 1000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

type Client = Db | Tx;

/** A new token for a subscriber: returns the token itself (it is in no table). */
export async function mintToken(client: Client, subscriberId: string, purpose: SubscriptionTokenPurpose): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  // the application's clock for both instants (lib/clock.ts), not the database's
  const at = now();
  await client.subscriptionToken.create({
    data: { subscriberId, purpose, tokenHash: hashToken(token), createdAt: at, expiresAt: purpose === "CONFIRM" ? new Date(at.getTime() + CONFIRM_TTL_MS) : null },
  });
  return token;
}

/**
 * The subscriber of a token that is valid for this purpose now: unknown, expired and
 * used tokens all answer null, alike (the page says the link is not valid, whatever the reason).
 */
export async function findByToken(client: Client, token: string, purpose: SubscriptionTokenPurpose) {
  const row = await client.subscriptionToken.findUnique({ where: { tokenHash: hashToken(token) }, include: { subscriber: { include: subscriberFilters } } });
  if (!row || row.purpose !== purpose || row.usedAt) return null;
  if (row.expiresAt && row.expiresAt <= now()) return null;
  return row;
}

export const subscriberFilters = {
  services: { select: { service: { select: { key: true } } } },
  paymentMethods: { select: { paymentMethod: { select: { key: true } } } },
  channels: { select: { channel: { select: { key: true } } } },
} as const;
