import { generate } from "otplib";
import { afterEach, describe, expect, it } from "vitest";
import { setClock } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { authenticate } from "../authenticate";
import { hashPassword } from "../password";
import { signInLimits } from "../rate-limit";
import { authSecret } from "../secret";
import { sessionStateFor, userForSession } from "../session";
import { storedSecretContext, unseal } from "./secret-box";
import { beginEnrolment, confirmEnrolment, regenerateRecoveryCodes, resetSecondFactor } from "./two-factor";

let counter = 0;
const uniqueEmail = () => `tf-${Date.now().toString(36)}-${++counter}@staff.test`;
const uniqueAddress = () => `203.0.113.${++counter % 250}-${Date.now().toString(36)}`;
const password = "correct horse battery";
const t0 = Date.parse("2026-11-29T06:00:10Z");
const at = (seconds = 0) => new Date(t0 + seconds * 1000);
const codeAt = (secret: string, when: Date) => generate({ secret, epoch: Math.floor(when.getTime() / 1000) });

async function staffUser(roles: Role[]) {
  return db.user.create({ data: { email: uniqueEmail(), name: "二要素 テスト", passwordHash: await hashPassword(password), roles } });
}

afterEach(() => setClock(null));

describe("enrolment", () => {
  it("stores the secret only sealed, keeps the first code's step, ends other sessions and audits", async () => {
    setClock(at());
    const user = await staffUser(["ADMIN"]);
    const enrolment = await beginEnrolment(user, at());
    expect(enrolment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(enrolment.uri).toContain(`secret=${enrolment.secret}`);
    const code = await codeAt(enrolment.secret, at());
    const result = await db.$transaction((tx) => confirmEnrolment(tx, user.id, { sealed: enrolment.sealed, code }, at()));
    expect(result.recoveryCodes).toHaveLength(10);
    expect(result.sessionVersion).toBe(user.sessionVersion + 1);
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id }, include: { recoveryCodes: true } });
    expect(stored.totpSecret).not.toContain(enrolment.secret);
    expect(unseal(stored.totpSecret!, authSecret(), storedSecretContext(user.id))).toBe(enrolment.secret);
    expect(stored.totpEnabledAt).toEqual(at());
    expect(stored.recoveryCodes.map((r) => r.codeHash)).not.toContain(result.recoveryCodes[0]);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.enrol-second-factor" } })).toBe(1);
    // the enrolment code itself cannot sign in (its step is used)
    expect(await authenticate(db, { email: user.email, password, code }, uniqueAddress())).toEqual({ ok: false, reason: "invalid-code" });
  });

  it("refuses a wrong first code, another user's sealed secret and an expired one, changing nothing", async () => {
    setClock(at());
    const user = await staffUser(["ADMIN"]);
    const other = await staffUser(["ADMIN"]);
    const enrolment = await beginEnrolment(user, at());
    const code = await codeAt(enrolment.secret, at());
    await expect(db.$transaction((tx) => confirmEnrolment(tx, user.id, { sealed: enrolment.sealed, code: code === "000000" ? "111111" : "000000" }, at()))).rejects.toMatchObject({ field: "code", message: expect.stringContaining("コードが正しくありません") });
    await expect(db.$transaction((tx) => confirmEnrolment(tx, other.id, { sealed: enrolment.sealed, code }, at()))).rejects.toThrow(/有効期限が切れました/);
    const late = await codeAt(enrolment.secret, at(31 * 60));
    await expect(db.$transaction((tx) => confirmEnrolment(tx, user.id, { sealed: enrolment.sealed, code: late }, at(31 * 60)))).rejects.toThrow(/有効期限が切れました/);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).totpSecret).toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: { in: [user.id, other.id] } } })).toBe(0);
  });
});

describe("sign-in with a second factor", () => {
  async function enrolled(roles: Role[] = ["EDITOR", "APPROVER"]) {
    setClock(at());
    const user = await staffUser(roles);
    const enrolment = await beginEnrolment(user, at());
    const { recoveryCodes } = await db.$transaction(async (tx) => confirmEnrolment(tx, user.id, { sealed: enrolment.sealed, code: await codeAt(enrolment.secret, at()) }, at()));
    return { user: await db.user.findUniqueOrThrow({ where: { id: user.id } }), secret: enrolment.secret, recoveryCodes };
  }

  it("asks for the code after the right password, then signs in with it, once", async () => {
    const { user, secret } = await enrolled();
    setClock(at(30));
    expect(await authenticate(db, { email: user.email, password }, uniqueAddress())).toEqual({ ok: false, reason: "second-factor" });
    const code = await codeAt(secret, at(30));
    expect(await authenticate(db, { email: user.email, password, code }, uniqueAddress())).toMatchObject({ ok: true, user: { id: user.id, secondFactorPassed: true } });
    // the same code again, within its step: replay
    expect(await authenticate(db, { email: user.email, password, code }, uniqueAddress())).toEqual({ ok: false, reason: "invalid-code" });
    // a wrong password never reaches the code step
    expect(await authenticate(db, { email: user.email, password: "wrong", code: await codeAt(secret, at(60)) }, uniqueAddress())).toEqual({ ok: false, reason: "invalid" });
  });

  it("takes each recovery code once, typed in any case", async () => {
    const { user, recoveryCodes } = await enrolled();
    const [first, second] = recoveryCodes as [string, string];
    expect(await authenticate(db, { email: user.email, password, code: first.toUpperCase() }, uniqueAddress())).toMatchObject({ ok: true, user: { secondFactorPassed: true } });
    expect(await authenticate(db, { email: user.email, password, code: first }, uniqueAddress())).toEqual({ ok: false, reason: "invalid-code" });
    expect(await authenticate(db, { email: user.email, password, code: second }, uniqueAddress())).toMatchObject({ ok: true });
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(8);
  });

  it("counts wrong codes as failed sign-ins: the account is throttled, even with the right code", async () => {
    const { user, secret } = await enrolled();
    setClock(at(30));
    const right = await codeAt(secret, at(30));
    const wrong = right === "999999" ? "888888" : "999999";
    for (let i = 0; i < signInLimits.perAccount; i++) {
      expect(await authenticate(db, { email: user.email, password, code: wrong }, uniqueAddress())).toEqual({ ok: false, reason: "invalid-code" });
    }
    expect(await db.signInFailure.count({ where: { email: user.email } })).toBe(signInLimits.perAccount);
    expect(await authenticate(db, { email: user.email, password, code: right }, uniqueAddress())).toEqual({ ok: false, reason: "throttled" });
  });

  it("new recovery codes replace the old ones", async () => {
    const { user, recoveryCodes } = await enrolled();
    const fresh = await db.$transaction((tx) => regenerateRecoveryCodes(tx, user.id, { userId: user.id }));
    expect(await authenticate(db, { email: user.email, password, code: recoveryCodes[0]! }, uniqueAddress())).toEqual({ ok: false, reason: "invalid-code" });
    expect(await authenticate(db, { email: user.email, password, code: fresh[0]! }, uniqueAddress())).toMatchObject({ ok: true });
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.regenerate-recovery-codes" } })).toBe(1);
  });

  it("an admin's reset removes the factor, ends the sessions and is audited", async () => {
    const { user } = await enrolled(["ADMIN"]);
    const admin = await staffUser(["ADMIN"]);
    const claims = { userId: user.id, sessionVersion: user.sessionVersion, secondFactorPassed: true };
    expect(await userForSession(db, claims)).toMatchObject({ id: user.id });
    await db.$transaction((tx) => resetSecondFactor(tx, user.id, { userId: admin.id }));
    expect(await userForSession(db, claims)).toBeNull();
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([stored.totpSecret, stored.totpEnabledAt, stored.totpLastStep]).toEqual([null, null, null]);
    expect(await db.recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { entityId: user.id, action: "user.reset-second-factor", actorId: admin.id } })).toBe(1);
    // next sign-in: password only, then enrolment
    const result = await authenticate(db, { email: user.email, password }, uniqueAddress());
    expect(result).toMatchObject({ ok: true, user: { secondFactorPassed: false } });
    expect(await sessionStateFor(db, { userId: user.id, sessionVersion: stored.sessionVersion, secondFactorPassed: false })).toMatchObject({ status: "must-enrol" });
  });
});

describe("sessions and the second factor", () => {
  it("an approver or admin without a factor gets only the enrolment page, an editor the console", async () => {
    for (const roles of [["EDITOR", "APPROVER"], ["ADMIN"]] as Role[][]) {
      const user = await staffUser(roles);
      const claims = { userId: user.id, sessionVersion: user.sessionVersion, secondFactorPassed: false };
      expect(await sessionStateFor(db, claims)).toMatchObject({ status: "must-enrol", user: { id: user.id } });
      expect(await userForSession(db, claims)).toBeNull();
    }
    const editor = await staffUser(["EDITOR"]);
    expect(await userForSession(db, { userId: editor.id, sessionVersion: editor.sessionVersion })).toMatchObject({ id: editor.id });
  });

  it("a user with a factor is refused a session that did not pass it, whatever the roles", async () => {
    setClock(at());
    const user = await staffUser(["EDITOR"]);
    const enrolment = await beginEnrolment(user, at());
    const { sessionVersion } = await db.$transaction(async (tx) => confirmEnrolment(tx, user.id, { sealed: enrolment.sealed, code: await codeAt(enrolment.secret, at()) }, at()));
    expect(await sessionStateFor(db, { userId: user.id, sessionVersion })).toBeNull();
    expect(await sessionStateFor(db, { userId: user.id, sessionVersion, secondFactorPassed: "true" })).toBeNull();
    expect(await sessionStateFor(db, { userId: user.id, sessionVersion, secondFactorPassed: true })).toMatchObject({ status: "signed-in" });
    // the session from before the enrolment ended with it
    expect(await sessionStateFor(db, { userId: user.id, sessionVersion: user.sessionVersion, secondFactorPassed: true })).toBeNull();
  });
});
