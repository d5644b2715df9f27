// Staff users for browser tests, made straight in the database, and signing them in
// without the form (Epic Stack style): the test writes the user row and sets a
// session cookie that next-auth would have issued, sealed with the server's secret
// (NEXTAUTH_SECRET, which scripts/test.mjs gives both the server and Playwright).
// Only the specs that test the form itself go through it.
import crypto from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { BrowserContext } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";

export type Role = "EDITOR" | "APPROVER" | "ADMIN";

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  password: string;
  roles: Role[];
  sessionVersion: number;
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

/** A new active staff user with an argon2id password (2 = Argon2id), unique to the test. */
export async function createStaffUser(roles: Role[], name = "テスト 花子"): Promise<StaffUser> {
  const id = `e2e-${crypto.randomUUID()}`;
  const email = `${id}@staff.test`;
  const password = `pw-${crypto.randomUUID()}`;
  const passwordHash = await hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await withDatabase((client) =>
    client.query(`INSERT INTO "User" (id, email, name, "passwordHash", roles, "updatedAt") VALUES ($1, $2, $3, $4, $5::"Role"[], now())`, [id, email, name, passwordHash, roles]),
  );
  return { id, email, name, password, roles, sessionVersion: 1 };
}

export async function deactivate(user: StaffUser): Promise<void> {
  await withDatabase((client) => client.query(`UPDATE "User" SET "disabledAt" = now() WHERE id = $1`, [user.id]));
}

/** Signs the user in for this browser context without the form. */
export async function signInAs(context: BrowserContext, user: StaffUser, baseURL: string): Promise<void> {
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, secret: secret() });
  await context.addCookies([{ name: sessionCookie, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}
