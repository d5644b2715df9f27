import "server-only";
import { now } from "@/lib/clock";
import type { Db, Tx } from "@/lib/db";

// Failed sign-ins are counted in the database so that every app instance shares
// the counts. Two limits over the same sliding window: one per account (guessing
// one user's password from many addresses) and one per client address (trying
// many accounts from one place). Counted by the address as typed, so an unknown
// account is throttled exactly like a real one and the answer reveals nothing.
export const signInLimits = {
  windowMs: 15 * 60_000,
  perAccount: 5,
  perAddress: 20,
} as const;

type Client = Db | Tx;

/** True when either limit is reached: the sign-in is refused before the password is checked. */
export async function isSignInThrottled(db: Client, who: { email: string; address: string }): Promise<boolean> {
  const since = new Date(now().getTime() - signInLimits.windowMs);
  const [byAccount, byAddress] = await Promise.all([
    db.signInFailure.count({ where: { email: who.email, at: { gt: since } } }),
    db.signInFailure.count({ where: { address: who.address, at: { gt: since } } }),
  ]);
  return byAccount >= signInLimits.perAccount || byAddress >= signInLimits.perAddress;
}

export async function recordSignInFailure(db: Client, who: { email: string; address: string }): Promise<void> {
  const at = now();
  await db.signInFailure.create({ data: { email: who.email, address: who.address, at } });
  // rows older than the window count for nothing: prune them as new ones arrive
  await db.signInFailure.deleteMany({ where: { at: { lt: new Date(at.getTime() - signInLimits.windowMs) } } });
}

/** A successful sign-in clears the account's failures (not the address's: others may share it). */
export async function clearAccountFailures(db: Client, email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}
