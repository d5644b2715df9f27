import "server-only";
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "./password";
import { clearAccountFailures, isSignInThrottled, recordSignInFailure } from "./rate-limit";
import { signInSchema, type SignInRefusal } from "./sign-in-schema";
import { verifySecondFactor } from "./two-factor/two-factor";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  sessionVersion: number;
  /** whether this sign-in passed a second factor (carried in the session token) */
  secondFactorPassed: boolean;
}

export type AuthenticationResult = { ok: true; user: AuthenticatedUser } | { ok: false; reason: SignInRefusal };

/**
 * Checks a sign-in attempt: the shared schema, the rate limits, the password (the
 * same work whether or not the account exists), then for an account with a second
 * factor the code (a wrong code counts as a failed sign-in, like a wrong password),
 * and upgrades a legacy hash to argon2id once the password is known to be right.
 * The code step sends the password again: no half-signed-in state is kept anywhere.
 */
export async function authenticate(db: Db, input: unknown, address: string): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, code } = parsed.data;
  const who = { email, address };
  if (await isSignInThrottled(db, who)) return { ok: false, reason: "throttled" };

  const user = await db.user.findUnique({ where: { email } });
  const usable = user && user.disabledAt === null && user.passwordHash;
  const matches = usable ? await verifyPassword(user.passwordHash!, password) : await verifyAgainstDecoy(password);
  if (!usable || !matches) {
    await recordSignInFailure(db, who);
    return { ok: false, reason: "invalid" };
  }
  let secondFactorPassed = false;
  if (user.totpSecret) {
    // neither counted nor cleared: the password was right, the code is still to come
    if (!code) return { ok: false, reason: "second-factor" };
    if (!(await verifySecondFactor(db, user, code, now()))) {
      await recordSignInFailure(db, who);
      return { ok: false, reason: "invalid-code" };
    }
    secondFactorPassed = true;
  }
  await clearAccountFailures(db, email);
  if (needsRehash(user.passwordHash!)) {
    const upgraded = await hashPassword(password);
    // only if nobody changed the password meanwhile
    await db.user.updateMany({ where: { id: user.id, passwordHash: user.passwordHash }, data: { passwordHash: upgraded } });
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, secondFactorPassed } };
}
