import bcrypt from "bcryptjs";
import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";
import { signInLimits } from "./rate-limit";
import { endAllSessions, userForSession } from "./session";

let counter = 0;
// not @example.com: prisma/seed.int.test.ts lists the seeded staff by that domain
const uniqueEmail = () => `staff-${Date.now().toString(36)}-${++counter}@staff.test`;
const uniqueAddress = () => `198.51.100.${++counter % 250}-${Date.now().toString(36)}`;

async function staffUser(options: { password?: string; legacy?: boolean; roles?: Role[]; disabled?: boolean } = {}) {
  const password = options.password ?? "correct horse battery";
  const passwordHash = options.legacy ? await bcrypt.hash(password, 4) : await hashPassword(password);
  const user = await db.user.create({
    data: { email: uniqueEmail(), name: "テスト 太郎", passwordHash, roles: options.roles ?? ["EDITOR"], disabledAt: options.disabled ? new Date() : null },
  });
  return { user, password };
}

afterEach(() => setClock(null));

describe("sign-in", () => {
  it("upgrades a legacy bcrypt hash to argon2id at the next successful sign-in", async () => {
    const { user, password } = await staffUser({ legacy: true });
    const result = await authenticate(db, { email: user.email, password }, uniqueAddress());
    expect(result).toMatchObject({ ok: true, user: { id: user.id } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    // and the upgraded hash still signs in
    expect(await authenticate(db, { email: user.email.toUpperCase(), password }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("does not upgrade a legacy hash when the password is wrong", async () => {
    const { user } = await staffUser({ legacy: true });
    expect(await authenticate(db, { email: user.email, password: "wrong" }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toMatch(/^\$2[aby]\$/);
  });

  it("answers a wrong password and an unknown account alike, and counts both", async () => {
    const { user } = await staffUser();
    const address = uniqueAddress();
    const unknown = uniqueEmail();
    expect(await authenticate(db, { email: user.email, password: "wrong" }, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, { email: unknown, password: "wrong" }, address)).toEqual({ ok: false, reason: "invalid" });
    expect(await db.signInFailure.count({ where: { email: { in: [user.email, unknown] }, address } })).toBe(2);
  });

  it("refuses a deactivated user even with the right password", async () => {
    const { user, password } = await staffUser({ disabled: true });
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses input the shared schema refuses, before reading the database", async () => {
    expect(await authenticate(db, { email: "not-an-address", password: "x" }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, { email: uniqueEmail() }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("failed sign-ins are rate-limited in the database", () => {
  it("blocks an account after its failures, from any address, even with the right password, until the window passes", async () => {
    setClock("2026-11-29T06:00:00Z");
    const { user, password } = await staffUser();
    for (let i = 0; i < signInLimits.perAccount; i++) {
      expect(await authenticate(db, { email: user.email, password: "wrong" }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toEqual({ ok: false, reason: "throttled" });
    setClock(new Date(Date.parse("2026-11-29T06:00:00Z") + signInLimits.windowMs + 1000));
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("throttles an unknown account exactly like a real one", async () => {
    setClock("2026-11-29T07:00:00Z");
    const unknown = uniqueEmail();
    for (let i = 0; i < signInLimits.perAccount; i++) await authenticate(db, { email: unknown, password: "wrong" }, uniqueAddress());
    expect(await authenticate(db, { email: unknown, password: "wrong" }, uniqueAddress())).toEqual({ ok: false, reason: "throttled" });
  });

  it("blocks an address that fails on many accounts, and not other addresses", async () => {
    setClock("2026-11-29T08:00:00Z");
    const address = uniqueAddress();
    for (let i = 0; i < signInLimits.perAddress; i++) await authenticate(db, { email: uniqueEmail(), password: "wrong" }, address);
    const { user, password } = await staffUser();
    expect(await authenticate(db, { email: user.email, password }, address)).toEqual({ ok: false, reason: "throttled" });
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the account's failures", async () => {
    setClock("2026-11-29T09:00:00Z");
    const { user, password } = await staffUser();
    for (let i = 0; i < signInLimits.perAccount - 1; i++) await authenticate(db, { email: user.email, password: "wrong" }, uniqueAddress());
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toMatchObject({ ok: true });
    expect(await db.signInFailure.count({ where: { email: user.email } })).toBe(0);
  });
});

describe("sessions are checked against the database on every request", () => {
  it("accepts the current session version of an active user", async () => {
    // an editor: approvers and admins also need a second factor (two-factor.int.test.ts)
    const { user } = await staffUser({ roles: ["EDITOR"] });
    expect(await userForSession(db, { userId: user.id, sessionVersion: user.sessionVersion })).toEqual({
      id: user.id, email: user.email, name: user.name, roles: ["EDITOR"], sessionVersion: user.sessionVersion, locale: "ja",
    });
  });

  it("refuses a stale session version after signing out everywhere, and audits it", async () => {
    const { user } = await staffUser();
    const claims = { userId: user.id, sessionVersion: user.sessionVersion };
    await endAllSessions(db, user.id, { userId: user.id });
    expect(await userForSession(db, claims)).toBeNull();
    expect(await userForSession(db, { ...claims, sessionVersion: user.sessionVersion + 1 })).toMatchObject({ id: user.id });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.end-sessions", actorId: user.id } })).toBe(1);
  });

  it("refuses a deactivated user's session", async () => {
    const { user } = await staffUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await userForSession(db, { userId: user.id, sessionVersion: user.sessionVersion })).toBeNull();
  });

  it("refuses a session without a version or for an unknown user", async () => {
    const { user } = await staffUser();
    expect(await userForSession(db, { userId: user.id })).toBeNull();
    expect(await userForSession(db, { userId: "nobody", sessionVersion: 1 })).toBeNull();
    expect(await userForSession(db, null)).toBeNull();
  });
});
