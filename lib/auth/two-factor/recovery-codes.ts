import crypto from "node:crypto";

// Ten one-time recovery codes, shown once at enrolment (and when regenerated).
// Each is 16 characters of Crockford's base32 (no i, l, o, u: nothing to misread),
// 80 random bits. They are stored as SHA-256, not argon2id: argon2id's cost protects
// low-entropy secrets that people choose (passwords) against guessing from a stolen
// hash; against 2^80 random possibilities a fast hash is already out of reach of any
// brute force, and it lets a code be found by an indexed lookup of its hash instead
// of verifying up to ten slow hashes per attempt (which would also make each failed
// sign-in cost ten times the server time an attacker spends).
const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
export const recoveryCodeCount = 10;

export function newRecoveryCodes(count = recoveryCodeCount): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 16 }, () => alphabet[crypto.randomInt(alphabet.length)]).join("");
    return chars.match(/.{4}/g)!.join("-");
  });
}

/** What a person typed, as the code it means: case, spaces and hyphens ignored; o→0, i/l→1 (Crockford). */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

export function hashRecoveryCode(typed: string): string {
  return crypto.createHash("sha256").update(normaliseRecoveryCode(typed)).digest("hex");
}
