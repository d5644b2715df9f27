import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { noticeDetailDocument } from "@/lib/api/documents";
import { db, type Tx } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import { saveChannel, saveErrorCodeFormat, savePaymentMethod, saveService, setRetired } from "./commands";
import { DEFAULT_ERROR_CODE_PATTERN, errorCodeFormatMessages } from "./error-code-format";
import { catalogMessages } from "./messages";
import { channelSchema, errorCodeFormatSchema, paymentMethodSchema, serviceSchema } from "./schema";

// The catalog's writes, through each action's run function against the real database
// with the seeded reference notices (notice 000 names the channel "api" and others).
const m = catalogMessages.errors;
let counter = 0;
const uniqueKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

async function asAdmin<T>(work: (context: ActionContext) => Promise<T>): Promise<T> {
  const admin = await db.user.create({ data: { email: `${uniqueKey("catalog-admin")}@staff.test`, name: "カタログ管理者", roles: ["ADMIN"] } });
  return db.$transaction((tx: Tx) => work({ tx, user: admin, actor: { userId: admin.id } }));
}

let api: Awaited<ReturnType<typeof db.channel.findUniqueOrThrow>>;
let apiCarries: string[] = [];
beforeAll(async () => {
  await seed();
  api = await db.channel.findUniqueOrThrow({ where: { key: "api" } });
  const carried = await db.channelPaymentMethod.findMany({ where: { channelId: api.id }, include: { paymentMethod: { select: { key: true } } } });
  apiCarries = carried.map((c) => c.paymentMethod.key);
});
afterAll(async () => {
  // the seeded channel's names back as they were, for the files that run after this one
  await db.channel.update({ where: { id: api.id }, data: { nameJa: api.nameJa, nameEn: api.nameEn } });
});

// what the seeded channel carries stays as it is: other files derive the reference notices' impact from it
const channelInput = (overrides: Record<string, unknown>) =>
  channelSchema.parse({ id: api.id, key: api.key, nameJa: api.nameJa, nameEn: api.nameEn ?? "", sortOrder: String(api.sortOrder), type: api.type, serviceKey: "webcollect", paymentMethodKeys: apiCarries, ...overrides });

describe("catalog keys", () => {
  it("refuses to change a key a published revision refers to, at the key field, and changes nothing", async () => {
    const error = await asAdmin((context) => saveChannel(channelInput({ key: "api-renamed" }), context)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ message: m.keyFrozen, field: "key" });
    expect(await db.channel.findUnique({ where: { key: "api" } })).not.toBeNull();
    expect(await db.channel.count({ where: { key: "api-renamed" } })).toBe(0);
  });

  it("refuses to change the key of a payment method only the derived impact of a published revision names", async () => {
    // notice 000 stops channels that carry credit-card payments: its RevisionImpact names credit-card
    const card = await db.paymentMethod.findUniqueOrThrow({ where: { key: "credit-card" } });
    const input = paymentMethodSchema.parse({ id: card.id, key: "card", nameJa: card.nameJa, sortOrder: String(card.sortOrder) });
    await expect(asAdmin((context) => savePaymentMethod(input, context))).rejects.toMatchObject({ message: m.keyFrozen, field: "key" });
  });

  it("lets the key of an entry no published revision names change, audited with before and after", async () => {
    const key = uniqueKey("svc");
    await asAdmin((context) => saveService(serviceSchema.parse({ key, nameJa: "新サービス", sortOrder: "5", paymentMethodKeys: ["bank-transfer"] }), context));
    const created = await db.service.findUniqueOrThrow({ where: { key }, include: { paymentMethods: { include: { paymentMethod: true } } } });
    expect(created.paymentMethods.map((link) => link.paymentMethod.key)).toEqual(["bank-transfer"]);
    await asAdmin((context) => saveService(serviceSchema.parse({ id: created.id, key: `${key}-x`, nameJa: "新サービス", sortOrder: "5" }), context));
    const renamed = await db.service.findUniqueOrThrow({ where: { id: created.id }, include: { paymentMethods: true } });
    expect(renamed.key).toBe(`${key}-x`);
    expect(renamed.paymentMethods).toEqual([]);
    const events = await db.auditEvent.findMany({ where: { entityId: created.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["catalog.create", "catalog.update"]);
    expect(events[1]?.data).toMatchObject({ kind: "services", before: { key }, after: { key: `${key}-x` } });
  });

  it("refuses a taken key on the unique index", async () => {
    const input = serviceSchema.parse({ key: "webcollect", nameJa: "重複" });
    await expect(asAdmin((context) => saveService(input, context))).rejects.toMatchObject({ code: "P2002" });
  });

  it("refuses an unknown payment method at its field", async () => {
    const input = serviceSchema.parse({ key: uniqueKey("svc"), nameJa: "x", paymentMethodKeys: ["no-such-method"] });
    await expect(asAdmin((context) => saveService(input, context))).rejects.toMatchObject({ message: m.unknownKey, field: "paymentMethodKeys" });
  });
});

describe("the database keeps referenced keys too (migration catalog_key_frozen)", () => {
  // each inside a transaction that is rolled back, whatever happens
  const refusedDirectly = async (change: (tx: Tx) => Promise<unknown>) => {
    const outcome = await db.$transaction(async (tx) => {
      const error = await change(tx).then(
        () => null,
        (e: unknown) => e,
      );
      throw { rollback: true, error };
    }).catch((e: { rollback?: boolean; error?: unknown }) => (e.rollback ? e.error : e));
    expect(String((outcome as Error | null)?.message)).toMatch(/catalog key "[a-z-]+" of \w+ is frozen: a published revision names it/);
  };
  it("Service_key_frozen: refuses to rename webcollect", () => refusedDirectly((tx) => tx.service.update({ where: { key: "webcollect" }, data: { key: "webcollect-2" } })));
  it("PaymentMethod_key_frozen: refuses to rename credit-card", () => refusedDirectly((tx) => tx.paymentMethod.update({ where: { key: "credit-card" }, data: { key: "card" } })));
  it("Channel_key_frozen: refuses to rename api", () => refusedDirectly((tx) => tx.channel.update({ where: { key: "api" }, data: { key: "api-2" } })));
  it("Audience_key_frozen: refuses to rename buyers", () => refusedDirectly((tx) => tx.audience.update({ where: { key: "buyers" }, data: { key: "buyers-2" } })));
  it("lets an unreferenced key change", async () => {
    const key = uniqueKey("aud");
    const audience = await db.audience.create({ data: { key, nameJa: "未参照" } });
    expect((await db.audience.update({ where: { id: audience.id }, data: { key: `${key}-x` } })).key).toBe(`${key}-x`);
  });
});

describe("catalog names (Decision 2: published means frozen)", () => {
  it("renaming a channel a published notice names leaves that notice as it was published", async () => {
    const before = (await noticeDetailDocument(notice000.slug))!.body;
    const frozenNames = async () => {
      const revision = await db.revision.findFirstOrThrow({ where: { notice: { slug: notice000.slug }, status: "PUBLISHED" }, include: { impact: true } });
      return (revision.impact!.names as { channels: Record<string, { ja: string; en: string | null }> }).channels.api;
    };
    expect(await frozenNames()).toEqual({ ja: api.nameJa, en: api.nameEn });
    await asAdmin((context) => saveChannel(channelInput({ nameJa: "新しいAPI方式の名前", nameEn: "Renamed API" }), context));
    expect((await db.channel.findUniqueOrThrow({ where: { id: api.id } })).nameJa).toBe("新しいAPI方式の名前");
    const after = (await noticeDetailDocument(notice000.slug))!.body;
    expect(after).not.toContain("新しいAPI方式の名前");
    expect(after).not.toContain("Renamed API");
    expect(after).toBe(before);
    expect(await frozenNames()).toEqual({ ja: api.nameJa, en: api.nameEn });
  });
});

describe("retiring", () => {
  it("retires instead of deleting, and restores; each audited", async () => {
    const key = uniqueKey("pm");
    await asAdmin((context) => savePaymentMethod(paymentMethodSchema.parse({ key, nameJa: "廃止テスト" }), context));
    const { id } = await db.paymentMethod.findUniqueOrThrow({ where: { key } });
    await asAdmin((context) => setRetired({ kind: "payment-methods", id, retired: true }, context));
    expect((await db.paymentMethod.findUniqueOrThrow({ where: { id } })).archivedAt).not.toBeNull();
    await expect(asAdmin((context) => setRetired({ kind: "payment-methods", id, retired: true }, context))).rejects.toMatchObject({ message: m.alreadyRetired });
    await asAdmin((context) => setRetired({ kind: "payment-methods", id, retired: false }, context));
    expect((await db.paymentMethod.findUniqueOrThrow({ where: { id } })).archivedAt).toBeNull();
    expect((await db.auditEvent.findMany({ where: { entityId: id }, orderBy: { at: "asc" } })).map((e) => e.action)).toEqual(["catalog.create", "catalog.retire", "catalog.restore"]);
  });
});

describe("the error-code format", () => {
  it("ScreenDefaults_errorCode_format: is [A-Z][0-9]{9} by default, and the database refuses a default code of another format (the 8-digit typo)", async () => {
    const defaults = await db.screenDefaults.findFirstOrThrow();
    expect(defaults.errorCodePattern).toBe(DEFAULT_ERROR_CODE_PATTERN);
    await expect(db.screenDefaults.update({ where: { id: defaults.id }, data: { errorCode: "Z01000000" } })).rejects.toThrow(/ScreenDefaults_errorCode_format/);
  });

  it("refuses a format the default code does not have, at the pattern field", async () => {
    const defaults = await db.screenDefaults.findFirstOrThrow();
    const input = errorCodeFormatSchema.parse({ issuerId: defaults.issuerId, pattern: "E\\d{4}" });
    await expect(asAdmin((context) => saveErrorCodeFormat(input, context))).rejects.toMatchObject({ message: m.defaultCodeMismatch, field: "pattern" });
    expect((await db.screenDefaults.findFirstOrThrow()).errorCodePattern).toBe(DEFAULT_ERROR_CODE_PATTERN);
  });

  it("saves a format the default code has, audited with before and after", async () => {
    const defaults = await db.screenDefaults.findFirstOrThrow();
    const input = errorCodeFormatSchema.parse({ issuerId: defaults.issuerId, pattern: "Z01\\d{7}" });
    await asAdmin((context) => saveErrorCodeFormat(input, context));
    expect((await db.screenDefaults.findFirstOrThrow()).errorCodePattern).toBe("Z01\\d{7}");
    const [event] = await db.auditEvent.findMany({ where: { entityId: defaults.id, action: "catalog.error-code-format" } });
    expect(event?.data).toEqual({ before: DEFAULT_ERROR_CODE_PATTERN, after: "Z01\\d{7}" });
    await db.screenDefaults.update({ where: { id: defaults.id }, data: { errorCodePattern: DEFAULT_ERROR_CODE_PATTERN } });
  });

  it("refuses a pattern that could backtrack without end before anything is read (shared schema)", () => {
    const result = errorCodeFormatSchema.safeParse({ issuerId: "x", pattern: "(Z+)+" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([errorCodeFormatMessages.forbidden]);
  });
});
