import "server-only";
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

// Passwords are stored as argon2id (OWASP's first choice). The seed and earlier
// installs stored bcrypt hashes: they still verify, and the caller replaces them
// with argon2id after the next successful sign-in (`needsRehash`).
// @node-rs/argon2's Algorithm is a const enum, which isolatedModules cannot import:
// 2 is Argon2id.
const ARGON2ID = 2;
// OWASP's argon2id minimum (m=19 MiB, t=2, p=1); about 50 ms a hash on this machine.
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** True when `password` matches `stored` (argon2id or a legacy bcrypt hash); false for anything else. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  if (isArgon2id(stored)) return verify(stored, password);
  if (isBcrypt(stored)) return bcrypt.compare(password, stored);
  return false;
}

/** A stored hash that is not argon2id with the current parameters is replaced at the next sign-in. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith(`$argon2id$v=19$m=${options.memoryCost},t=${options.timeCost},p=${options.parallelism}$`);
}

// A hash of a random password, verified when the account does not exist or has no
// password, so that the answer takes as long either way (no hint that an account exists).
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(crypto.randomUUID());
  await verify(await decoy, password);
  return false;
}

function isArgon2id(stored: string) {
  return stored.startsWith("$argon2id$");
}

function isBcrypt(stored: string) {
  return /^\$2[aby]\$\d\d\$/.test(stored);
}
