import { describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { verifyPassword } from "@/lib/auth/password";
import { db, type Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser, resetPassword, setActive, updateRoles } from "./commands";
import { userMessages } from "./messages";
import { createUserSchema } from "./schema";

// The user administration's writes, through each action's run function against the real database.
let counter = 0;
const uniqueEmail = () => `admin-test-${Date.now().toString(36)}-${++counter}@staff.test`;

async function staff(roles: Role[], options: { disabled?: boolean } = {}) {
  return db.user.create({ data: { email: uniqueEmail(), name: "管理テスト", roles, passwordHash: null, disabledAt: options.disabled ? new Date() : null } });
}

async function asAdmin<T>(work: (context: ActionContext) => Promise<T>, client?: Tx): Promise<T> {
  const admin = await (client ?? db).user.create({ data: { email: uniqueEmail(), name: "操作する管理者", roles: ["ADMIN"] } });
  const run = (tx: Tx) => work({ tx, user: { ...admin, sessionVersion: admin.sessionVersion }, actor: { userId: admin.id } });
  return client ? run(client) : db.$transaction(run);
}

class Rollback extends Error {}
/** Runs `work` in a transaction that is rolled back afterwards (for tests that change who the admins are). */
async function inRolledBackTransaction(work: (tx: Tx) => Promise<void>): Promise<void> {
  await expect(
    db.$transaction(async (tx) => {
      await work(tx);
      throw new Rollback();
    }),
  ).rejects.toBeInstanceOf(Rollback);
}

const auditRows = (entityId: string, action: string) => db.auditEvent.findMany({ where: { entityId, action } });

describe("creating a user", () => {
  it("stores an argon2id hash of the admin's password and audits the creation without it", async () => {
    const input = createUserSchema.parse({ name: "新人 三郎", email: ` New-${uniqueEmail()} `, roles: ["EDITOR"], password: "tsuki-to-suppon-42" });
    const outcome = await asAdmin((context) => createUser(input, context));
    const user = await db.user.findUniqueOrThrow({ where: { email: input.email } });
    expect(user.email).toBe(input.email.toLowerCase());
    expect(outcome.redirectTo).toBe(`/admin/users/${user.id}?done=created`);
    expect(await verifyPassword(user.passwordHash!, "tsuki-to-suppon-42")).toBe(true);
    const [event] = await auditRows(user.id, "user.create");
    expect(event?.data).toEqual({ email: user.email, roles: ["EDITOR"] });
    expect(JSON.stringify(event?.data)).not.toContain("tsuki");
  });

  it("refuses a taken e-mail on the unique index (the action client turns it into the e-mail field's error)", async () => {
    const existing = await staff(["EDITOR"]);
    const input = createUserSchema.parse({ name: "重複", email: existing.email, roles: [], password: "tsuki-to-suppon-42" });
    await expect(asAdmin((context) => createUser(input, context))).rejects.toMatchObject({ code: "P2002" });
    expect(await db.user.count({ where: { email: existing.email } })).toBe(1);
  });
});

describe("the password policy (shared schema)", () => {
  const problems = (password: string, email = "hanako.yamada@staff.test", name = "山田 花子") =>
    createUserSchema.safeParse({ name, email, roles: [], password }).error?.issues.map((issue) => issue.message) ?? [];

  it("takes a long password unrelated to its owner", () => expect(problems("tsuki-to-suppon-42")).toEqual([]));
  it("refuses fewer than 12 characters", () => expect(problems("short-pw-1")).toEqual([userMessages.errors.passwordTooShort]));
  it("refuses the e-mail or its local part", () => {
    expect(problems("hanako.yamada@staff.test")).toEqual([userMessages.errors.passwordHasEmail]);
    expect(problems("x-Hanako.Yamada-2026")).toEqual([userMessages.errors.passwordHasEmail]);
  });
  it("refuses the name", () => expect(problems("私は山田花子です2026")).toEqual([userMessages.errors.passwordHasName]));
  it("refuses one repeated character or a plain run", () => {
    expect(problems("aaaaaaaaaaaa")).toEqual([userMessages.errors.passwordMonotonous]);
    expect(problems("abcdefghijkl")).toEqual([userMessages.errors.passwordMonotonous]);
  });
});

describe("changing roles", () => {
  it("bumps the session version in the same transaction (the user's sessions end) and audits before and after", async () => {
    const user = await staff(["EDITOR"]);
    await asAdmin((context) => updateRoles({ userId: user.id, roles: ["EDITOR", "APPROVER"] }, context));
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.roles).toEqual(["EDITOR", "APPROVER"]);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const [event] = await auditRows(user.id, "user.roles");
    expect(event?.data).toEqual({ before: ["EDITOR"], after: ["EDITOR", "APPROVER"] });
  });

  it("refuses to remove the admin role of the last active admin, and changes nothing", async () => {
    await inRolledBackTransaction(async (tx) => {
      await asAdmin(async (context) => {
        // everyone else who is an admin is deactivated in this transaction only
        await tx.user.updateMany({ where: { roles: { has: "ADMIN" }, id: { not: context.user.id } }, data: { disabledAt: new Date() } });
        const self = { userId: context.user.id, roles: ["EDITOR"] as Role[] };
        const error = await updateRoles(self, context).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ActionError);
        expect(error).toMatchObject({ message: userMessages.errors.lastAdmin, field: "roles" });
        const stored = await tx.user.findUniqueOrThrow({ where: { id: context.user.id } });
        expect(stored).toMatchObject({ roles: ["ADMIN"], sessionVersion: 1 });
      }, tx);
    });
  });

  it("lets an admin give up the admin role while another admin is active", async () => {
    await asAdmin(async (context) => {
      await staff(["ADMIN"]);
      await updateRoles({ userId: context.user.id, roles: ["APPROVER"] }, context);
      expect((await context.tx.user.findUniqueOrThrow({ where: { id: context.user.id } })).roles).toEqual(["APPROVER"]);
    });
  });
});

describe("deactivating and reactivating", () => {
  it("deactivates (never deletes), bumps the session version and audits; reactivation restores sign-in", async () => {
    const user = await staff(["EDITOR"]);
    await asAdmin((context) => setActive({ userId: user.id, active: false }, context));
    const off = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(off.disabledAt).not.toBeNull();
    expect(off.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await auditRows(user.id, "user.deactivate")).toHaveLength(1);

    await expect(asAdmin((context) => setActive({ userId: user.id, active: false }, context))).rejects.toMatchObject({ message: userMessages.errors.alreadyDeactivated });
    await asAdmin((context) => setActive({ userId: user.id, active: true }, context));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull();
    expect(await auditRows(user.id, "user.reactivate")).toHaveLength(1);
  });

  it("refuses to deactivate the last active admin, themselves included", async () => {
    await inRolledBackTransaction(async (tx) => {
      await asAdmin(async (context) => {
        await tx.user.updateMany({ where: { roles: { has: "ADMIN" }, id: { not: context.user.id } }, data: { disabledAt: new Date() } });
        await expect(setActive({ userId: context.user.id, active: false }, context)).rejects.toMatchObject({ message: userMessages.errors.lastAdmin });
        expect((await tx.user.findUniqueOrThrow({ where: { id: context.user.id } })).disabledAt).toBeNull();
      }, tx);
    });
  });
});

describe("resetting a password", () => {
  it("replaces the hash, bumps the session version and audits without the password", async () => {
    const user = await staff(["EDITOR"]);
    await asAdmin((context) => resetPassword({ userId: user.id, password: "neko-ga-nemuru-77" }, context));
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, "neko-ga-nemuru-77")).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const [event] = await auditRows(user.id, "user.password-reset");
    expect(JSON.stringify(event?.data)).not.toContain("neko");
  });

  it("checks the policy against the stored owner's e-mail, at the password field", async () => {
    const user = await staff(["EDITOR"]);
    const local = user.email.split("@")[0]!;
    await expect(asAdmin((context) => resetPassword({ userId: user.id, password: `${local}-1234` }, context))).rejects.toMatchObject({
      message: userMessages.errors.passwordHasEmail,
      field: "password",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion);
  });
});
