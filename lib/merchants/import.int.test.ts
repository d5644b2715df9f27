import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { POST } from "@/app/api/v1/admin/merchants/import/route";
import { openApiDocument } from "@/lib/api/openapi";
import { checkSchema } from "@/test/json-schema-check";
import { applyImport, previewImport, type PreviewResult } from "./import";
import { merchantMessages } from "./messages";
import { createImportToken, revokeImportToken } from "./tokens";

// The import against the real database: preview, apply exactly what was previewed,
// idempotent re-apply, conflicts, all-or-nothing, deactivation, the API's token, audits.
const m = merchantMessages.errors;
const header = "merchant_code,name_ja,name_en,language,technical_emails,business_emails,services,payment_methods,channels";
const startedAt = new Date();
const prefix = `IT${Date.now().toString(36).toUpperCase()}`;
const code = (n: number) => `${prefix}-${n}`;
const csv = (...lines: string[]) => new TextEncoder().encode([header, ...lines].join("\n") + "\n");
let admin: SessionUser;

beforeAll(async () => {
  await seed();
  const user = await db.user.create({ data: { email: `merchant-import-${prefix.toLowerCase()}@staff.test`, name: "取込 管理者", roles: ["ADMIN"] } });
  admin = { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
});

afterAll(async () => {
  // full imports here deactivate every other merchant: give the files after this one their directory back
  await db.merchant.updateMany({ where: { NOT: { code: { startsWith: prefix } }, deactivatedAt: { gte: startedAt } }, data: { deactivatedAt: null } });
});

const context = (tx: Tx): ActionContext => ({ tx, user: admin, actor: { userId: admin.id } });
const preview = (bytes: Uint8Array, mode: "FULL" | "PARTIAL" = "PARTIAL") => db.$transaction((tx) => previewImport(tx, { bytes, mode, createdById: admin.id }));
const apply = (importId: string) => db.$transaction((tx) => applyImport(tx, importId, context(tx).actor));
function ok(result: PreviewResult) {
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result;
}
const merchant = (n: number) =>
  db.merchant.findUnique({
    where: { code: code(n) },
    include: { contacts: { orderBy: { email: "asc" } }, services: { include: { service: true } }, paymentMethods: { include: { paymentMethod: true } }, channels: { include: { channel: true } } },
  });

describe("merchant import", () => {
  const first = [
    `${code(1)},一号店,Shop One,ja,tech@one.example,biz@one.example,webcollect,credit-card;convenience-store,link-payment-page`,
    `${code(2)},二号店,,en,tech@two.example,,atobarai,bank-transfer,`,
  ];

  it("previews what is created without changing the directory, then applies exactly that with its audit event", async () => {
    const result = ok(await preview(csv(...first)));
    expect(result.plan.created.map((r) => r.code)).toEqual([code(1), code(2)]);
    expect(result.plan.changed).toEqual([]);
    expect(await merchant(1)).toBeNull();

    const summary = await apply(result.importId);
    expect(summary).toMatchObject({ created: 2, changed: 0, deactivated: 0, nothingChanged: false });
    const one = await merchant(1);
    expect(one).toMatchObject({ nameJa: "一号店", nameEn: "Shop One", locale: "ja", deactivatedAt: null });
    expect(one!.contacts.map((c) => [c.purpose, c.email])).toEqual([
      ["BUSINESS", "biz@one.example"],
      ["TECHNICAL", "tech@one.example"],
    ]);
    expect(one!.paymentMethods.map((p) => p.paymentMethod.key).sort()).toEqual(["convenience-store", "credit-card"]);
    expect(one!.channels.map((c) => c.channel.key)).toEqual(["link-payment-page"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "merchant.import", entityId: result.importId } });
    expect(event).toMatchObject({ actorId: admin.id, data: expect.objectContaining({ created: 2, createdCodes: [code(1), code(2)] }) });
  });

  it("applying the same file again changes nothing and says so", async () => {
    const result = ok(await preview(csv(...first)));
    expect(result.plan).toMatchObject({ created: [], changed: [], deactivated: [] });
    expect(result.plan.unchanged).toBe(2);
    const before = await merchant(1);
    const summary = await apply(result.importId);
    expect(summary).toMatchObject({ created: 0, changed: 0, deactivated: 0, unchanged: 2, nothingChanged: true });
    expect(await merchant(1)).toEqual(before);
  });

  it("shows changes field by field (contracts added and removed) and applies them", async () => {
    const result = ok(await preview(csv(`${code(1)},一号店（新）,Shop One,en,tech@one.example;ops@one.example,,webcollect,credit-card;carrier,link-payment-page`, first[1]!)));
    expect(result.plan.changed).toEqual([
      {
        id: (await merchant(1))!.id,
        code: code(1),
        nameJa: "一号店",
        changes: [
          { field: "nameJa", before: "一号店", after: "一号店（新）" },
          { field: "locale", before: "ja", after: "en" },
          { field: "contacts", added: ["TECHNICAL:ops@one.example"], removed: ["BUSINESS:biz@one.example"] },
          { field: "paymentMethods", added: ["carrier"], removed: ["convenience-store"] },
        ],
      },
    ]);
    await apply(result.importId);
    const one = await merchant(1);
    expect(one!.contacts.map((c) => c.email)).toEqual(["ops@one.example", "tech@one.example"]);
    expect(one!.paymentMethods.map((p) => p.paymentMethod.key).sort()).toEqual(["carrier", "credit-card"]);
  });

  it("refuses to apply a preview twice, and a preview the directory moved on from", async () => {
    const stale = ok(await preview(csv(`${code(3)},三号店,,ja,a@three.example,,,,`)));
    const other = ok(await preview(csv(`${code(4)},四号店,,ja,a@four.example,,,,`)));
    await apply(other.importId);
    await expect(apply(other.importId)).rejects.toMatchObject({ name: "ConflictError", message: m.importApplied });
    await expect(apply(stale.importId)).rejects.toMatchObject({ name: "ConflictError", message: m.importStale });
    expect(await merchant(3)).toBeNull();
    await expect(apply("no-such-import")).rejects.toMatchObject({ name: "ActionError", message: m.importMissing });
  });

  it("applies nothing when one line is bad, and reports unknown catalog keys by line and column", async () => {
    const before = await db.merchant.count();
    const imports = await db.merchantImport.count();
    const result = await preview(
      csv(`${code(5)},五号店,,ja,a@five.example,,,,`, `${code(6)},六号店,,ja,a@six.example,,webcollect,credit-card;paypay,no-such-channel`, `${code(9)},九号店,,xx,a@nine.example,,no-such-service,,`),
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 3, column: "payment_methods", value: "paypay", message: m.unknownKey },
        { line: 3, column: "channels", value: "no-such-channel", message: m.unknownKey },
        // a line with a malformed cell has its catalog keys checked too: every problem at once
        { line: 4, column: "language", value: "xx", message: m.language },
        { line: 4, column: "services", value: "no-such-service", message: m.unknownKey },
      ],
    });
    expect(await db.merchant.count()).toBe(before);
    expect(await db.merchantImport.count()).toBe(imports);
  });

  it("a full import deactivates the active merchants missing from the file (never deletes), and a later import brings one back", async () => {
    const result = ok(await preview(csv(first[0]!), "FULL"));
    const two = await merchant(2);
    expect(result.plan.deactivated).toContainEqual({ id: two!.id, code: code(2), nameJa: "二号店" });
    expect(result.plan.deactivated.map((d) => d.code)).toContain(code(4));
    await apply(result.importId);
    expect((await merchant(2))!.deactivatedAt).not.toBeNull();
    expect((await merchant(1))!.deactivatedAt).toBeNull();

    const back = ok(await preview(csv(first[1]!)));
    expect(back.plan.changed).toEqual([{ id: two!.id, code: code(2), nameJa: "二号店", changes: [{ field: "active", before: false, after: true }] }]);
    await apply(back.importId);
    expect((await merchant(2))!.deactivatedAt).toBeNull();
  });
});

describe("POST /api/v1/admin/merchants/import", () => {
  const request = (body: string, { token, query = "" }: { token?: string; query?: string } = {}) =>
    new Request(`http://127.0.0.1/api/v1/admin/merchants/import${query}`, {
      method: "POST",
      headers: { "content-type": "text/csv; charset=utf-8", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
    });
  const document = openApiDocument();
  const schemas = document.components.schemas as Record<string, Record<string, unknown>>;
  const body = `${header}\n${code(7)},七号店,,ja,a@seven.example,,webcollect,,\n`;
  let token: string;

  beforeAll(async () => {
    const outcome = await db.$transaction((tx) => createImportToken({ name: `連携 ${prefix}` }, context(tx)));
    token = String(outcome.data!.token);
  });

  it("answers 401 without a token, with a wrong one, and stores the token hashed", async () => {
    expect((await POST(request(body))).status).toBe(401);
    const wrong = await POST(request(body, { token: `${token}x` }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("www-authenticate")).toBe('Bearer realm="api"');
    expect(await db.merchantImportToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await merchant(7)).toBeNull();
  });

  it("previews with dryRun=1, imports without, audited as the token's integration, and records its last use", async () => {
    const dry = await POST(request(body, { token, query: "?dryRun=1" }));
    expect(dry.status).toBe(200);
    const preview = await dry.json();
    expect(preview).toMatchObject({ dryRun: true, plan: { created: [expect.objectContaining({ code: code(7) })] } });
    expect(checkSchema(preview, schemas.MerchantImportResult!, document)).toEqual([]);
    expect(await merchant(7)).toBeNull();

    const done = await POST(request(body, { token }));
    expect(done.status).toBe(200);
    const answer = await done.json();
    expect(answer).toMatchObject({ dryRun: false, applied: { created: 1 } });
    expect(checkSchema(answer, schemas.MerchantImportResult!, document)).toEqual([]);
    expect(await merchant(7)).not.toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "merchant.import", entityId: answer.importId } });
    expect(event.actorLabel).toBe(`token:連携 ${prefix}`);
    expect((await db.merchantImportToken.findFirstOrThrow({ where: { name: `連携 ${prefix}` } })).lastUsedAt).not.toBeNull();
  });

  it("answers 422 with every issue in Japanese and English, 400 for a bad parameter or body type", async () => {
    const bad = await POST(request(`${header}\n${code(8)},八号店,,de,a@eight.example,,,,\n`, { token }));
    expect(bad.status).toBe(422);
    const refused = await bad.json();
    expect(checkSchema(refused, schemas.MerchantImportIssues!, document)).toEqual([]);
    expect(refused.issues).toEqual([{ line: 2, column: "language", value: "de", message: m.language, messageEn: "The language is ja or en." }]);
    expect((await POST(request(body, { token, query: "?mode=everything" }))).status).toBe(400);
    expect((await POST(request(body, { token, query: "?dryRun=maybe" }))).status).toBe(400);
    const json = new Request("http://127.0.0.1/api/v1/admin/merchants/import", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: "{}" });
    expect((await POST(json)).status).toBe(400);
    expect(await merchant(8)).toBeNull();
  });

  it("a revoked token is refused", async () => {
    const row = await db.merchantImportToken.findFirstOrThrow({ where: { name: `連携 ${prefix}` } });
    await db.$transaction((tx) => revokeImportToken({ id: row.id }, context(tx)));
    expect((await POST(request(body, { token, query: "?dryRun=1" }))).status).toBe(401);
    expect(await db.auditEvent.count({ where: { action: "merchant-token.revoke", entityId: row.id } })).toBe(1);
  });
});
