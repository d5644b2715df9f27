import { generateSecret, generateURI, verify } from "otplib";

// RFC 6238 TOTP as every authenticator app does it (SHA-1, 6 digits, 30 s), with
// otplib 13. A code of the step before or after the current one is accepted too
// (30 s either way: phone clocks drift, and typing takes time); a code whose step is
// not after the last step accepted for the user is refused, so an observed code
// cannot be used again within its window (replay).
export const totpPeriodSeconds = 30;
const toleranceSeconds = 30;
export const totpIssuer = "Maintenance Notices";

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), base32. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// URI an authenticator app reads from the QR code (or from the text, typed in). */
export function otpauthUri(secret: string, account: string): string {
  return generateURI({ issuer: totpIssuer, label: account, secret });
}

export type TotpCheck = { ok: true; step: number } | { ok: false };

/** Whether `code` is right at `at` for `secret`, and not of a step at or before `lastStep`. */
export async function checkTotp(secret: string, code: string, at: Date, lastStep: number | null): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const epoch = Math.floor(at.getTime() / 1000);
  const newestStep = Math.floor((epoch + toleranceSeconds) / totpPeriodSeconds);
  // otplib refuses an afterTimeStep beyond the window: every step in it is used up
  if (lastStep !== null && lastStep >= newestStep) return { ok: false };
  const result = await verify({ secret, token: code, epoch, epochTolerance: toleranceSeconds, afterTimeStep: lastStep ?? undefined });
  // the functional API's result type also covers HOTP, which has no time step
  return result.valid && "timeStep" in result ? { ok: true, step: result.timeStep } : { ok: false };
}
