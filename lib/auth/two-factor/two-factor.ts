import "server-only";
import QRCode from "qrcode";
import { ActionError } from "@/lib/actions/errors";
import { audit, type Actor } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authSecret } from "../secret";
import { twoFactorMessages as m } from "./messages";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { seal, storedSecretContext, unseal } from "./secret-box";
import { checkTotp, newTotpSecret, otpauthUri } from "./totp";

// The second factor of a staff user: enrolment, the check at sign-in, new recovery
// codes, and an admin's reset. Decision 5: approvers and admins must have one.

/** Roles that may not use the console without a second factor. */
export function secondFactorRequired(roles: readonly Role[]): boolean {
  return roles.includes("APPROVER") || roles.includes("ADMIN");
}

// The enrolment page seals the new secret into its form rather than writing it to the
// database before it is confirmed: loading the page changes nothing, and an abandoned
// enrolment leaves nothing behind. The sealed value is bound to the user and expires.
const enrolmentContext = (userId: string) => `totp-enrolment:${userId}`;
const enrolmentLifetimeMs = 30 * 60_000;

export interface Enrolment {
  secret: string;
  uri: string;
  /** the QR code as SVG markup, drawn inline (the console's policy allows no data: images) */
  qrSvg: string;
  /** the secret and its issue time, sealed for the form's hidden field */
  sealed: string;
}

export async function beginEnrolment(user: { id: string; email: string }, at: Date): Promise<Enrolment> {
  const secret = newTotpSecret();
  const uri = otpauthUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  const sealed = seal(JSON.stringify({ secret, issuedAt: at.getTime() }), authSecret(), enrolmentContext(user.id));
  return { secret, uri, qrSvg, sealed };
}

/**
 * Confirms an enrolment with the first code from the app: stores the secret (sealed),
 * replaces the recovery codes and ends the user's other sessions (they were signed in
 * without this factor). Returns the new recovery codes (shown once) and the session
 * version the caller's own session must carry now.
 */
export async function confirmEnrolment(
  tx: Tx,
  userId: string,
  input: { sealed: string; code: string },
  at: Date,
): Promise<{ recoveryCodes: string[]; sessionVersion: number }> {
  const opened = unseal(input.sealed, authSecret(), enrolmentContext(userId));
  const pending = opened ? (JSON.parse(opened) as { secret: string; issuedAt: number }) : null;
  if (!pending || at.getTime() - pending.issuedAt > enrolmentLifetimeMs) throw new ActionError(m.enrolmentExpired);
  const check = await checkTotp(pending.secret, input.code, at, null);
  if (!check.ok) throw new ActionError(m.enrolCodeInvalid, "code");
  // only if no factor was enrolled meanwhile (another tab): never overwrite one silently
  const updated = await tx.user.updateMany({
    where: { id: userId, totpSecret: null },
    data: {
      totpSecret: seal(pending.secret, authSecret(), storedSecretContext(userId)),
      totpEnabledAt: at,
      totpLastStep: check.step,
      sessionVersion: { increment: 1 },
    },
  });
  if (updated.count !== 1) throw new ActionError(m.alreadyEnrolled);
  const recoveryCodes = await replaceRecoveryCodes(tx, userId);
  await audit(tx, { actor: { userId }, action: "user.enrol-second-factor", entityType: "User", entityId: userId, at });
  const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { recoveryCodes, sessionVersion };
}

/** New recovery codes for an enrolled user; the old ones stop working. */
export async function regenerateRecoveryCodes(tx: Tx, userId: string, actor: Actor): Promise<string[]> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true } });
  if (!user.totpSecret) throw new ActionError(m.notEnrolled);
  const codes = await replaceRecoveryCodes(tx, userId);
  await audit(tx, { actor, action: "user.regenerate-recovery-codes", entityType: "User", entityId: userId });
  return codes;
}

/**
 * An admin removes a user's second factor (a lost phone): the secret and the recovery
 * codes go, every session of the user ends, and the user enrols again at the next
 * sign-in if their roles need it. For the /admin/users page, inside its action's transaction.
 */
export async function resetSecondFactor(tx: Tx, userId: string, actor: Actor): Promise<void> {
  await tx.user.update({
    where: { id: userId },
    data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
  });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await audit(tx, { actor, action: "user.reset-second-factor", entityType: "User", entityId: userId });
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/**
 * The code step of a sign-in: a TOTP code (six digits) or a recovery code. Each
 * succeeds once: the TOTP step is recorded only if it is newer than the last one
 * (two requests racing with one code: one wins), and a recovery code is deleted as
 * it is used.
 */
export async function verifySecondFactor(db: Db, user: { id: string; totpSecret: string | null; totpLastStep: number | null }, code: string, at: Date): Promise<boolean> {
  if (!user.totpSecret) return false;
  const typed = code.trim();
  if (/^\d{6}$/.test(typed)) {
    const secret = unseal(user.totpSecret, authSecret(), storedSecretContext(user.id));
    if (!secret) return false;
    const check = await checkTotp(secret, typed, at, user.totpLastStep);
    if (!check.ok) return false;
    const claimed = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
      data: { totpLastStep: check.step },
    });
    return claimed.count === 1;
  }
  const used = await db.recoveryCode.deleteMany({ where: { userId: user.id, codeHash: hashRecoveryCode(typed) } });
  return used.count === 1;
}

/** What the account page shows of an enrolled factor. */
export async function secondFactorStatus(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true, _count: { select: { recoveryCodes: true } } } });
  return user.totpEnabledAt ? { enrolledAt: user.totpEnabledAt, remainingRecoveryCodes: user._count.recoveryCodes } : null;
}
