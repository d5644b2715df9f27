// Staff users for browser tests, made straight in the database, and signing them in
// without the form (Epic Stack style): the test writes the user row and sets a
// session cookie that next-auth would have issued, sealed with the server's secret
// (NEXTAUTH_SECRET, which scripts/test.mjs gives both the server and Playwright).
// Only the specs that test the form itself go through it.
// Approvers and admins must have a second factor (Decision 5): they are created with
// one enrolled (a TOTP secret sealed as the server seals it), and signInAs issues the
// session the server issues after a right code. A spec signing in through the form
// computes the code from `totpSecret` (totpCode below).
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { generate, generateSecret } from "otplib";
import pg from "pg";
import { seal, storedSecretContext } from "../../lib/auth/two-factor/secret-box";

export type Role = "EDITOR" | "APPROVER" | "ADMIN";

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  password: string;
  roles: Role[];
  sessionVersion: number;
  /** the base32 TOTP secret of an enrolled second factor, null without one */
  totpSecret: string | null;
}

// over plain HTTP next-auth names its cookie without the __Secure- prefix
const sessionCookie = "next-auth.session-token";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set: run the browser tests through `npm test` (scripts/test.mjs)");
  return value;
}

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new active staff user with an argon2id password (2 = Argon2id), unique to the test.
 * `secondFactor` defaults to what the roles require (approvers and admins have one).
 */
export async function createStaffUser(roles: Role[], name = "テスト 花子", options: { secondFactor?: boolean } = {}): Promise<StaffUser> {
  const id = `e2e-${crypto.randomUUID()}`;
  const email = `${id}@staff.test`;
  const password = `pw-${crypto.randomUUID()}`;
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const enrolled = options.secondFactor ?? (roles.includes("APPROVER") || roles.includes("ADMIN"));
  const totpSecret = enrolled ? generateSecret() : null;
  const sealed = totpSecret ? seal(totpSecret, secret(), storedSecretContext(id)) : null;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", roles, "totpSecret", "totpEnabledAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5::"Role"[], $6, CASE WHEN $6::text IS NULL THEN NULL ELSE now() END, now())`,
      [id, email, name, passwordHash, roles, sealed],
    ),
  );
  return { id, email, name, password, roles, sessionVersion: 1, totpSecret };
}

/** The code an authenticator app shows for `secret`, `offsetSeconds` from now (a later step: not a replay of one just used). */
export function totpCode(secret: string, offsetSeconds = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

export async function deactivate(user: StaffUser): Promise<void> {
  await withDatabase((client) => client.query(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [user.id]));
}

/** Signs the user in for this browser context without the form (with the second factor passed, if they have one). */
export async function signInAs(context: BrowserContext, user: StaffUser, baseURL: string): Promise<void> {
  const claims = { sub: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, secondFactorPassed: user.totpSecret !== null };
  const token = await encode({ token: claims, secret: secret() });
  await context.addCookies([{ name: sessionCookie, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
