import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/actions/action-client";
import type { SessionUser } from "@/lib/auth/session";
import { db, type Tx } from "@/lib/db";
import { merchantMessages } from "./messages";
import { webhookCreateSchema } from "./schema";
import { disableWebhook, registerWebhook } from "./webhooks";

// Registering and disabling a merchant's webhook against the real database: bad input
// says why at the url field and stores nothing; the secret is generated and shown once.
const m = merchantMessages.errors;
let admin: SessionUser;
let merchantId: string;
const previous = process.env.WEBHOOK_PRIVATE_HOSTS;

beforeAll(async () => {
  const suffix = Date.now().toString(36);
  const user = await db.user.create({ data: { email: `webhook-admin-${suffix}@staff.test`, name: "Webhook 管理者", roles: ["ADMIN"] } });
  admin = { id: user.id, email: user.email, name: user.name, roles: user.roles, sessionVersion: user.sessionVersion, locale: user.locale };
  merchantId = (await db.merchant.create({ data: { code: `WH-${suffix}`, nameJa: "Webhook 商店" } })).id;
});
afterEach(() => {
  if (previous === undefined) delete process.env.WEBHOOK_PRIVATE_HOSTS;
  else process.env.WEBHOOK_PRIVATE_HOSTS = previous;
});

const run = <T>(work: (context: ActionContext) => Promise<T>) => db.$transaction((tx: Tx) => work({ tx, user: admin, actor: { userId: admin.id } }));
const register = (url: string) => run((context) => registerWebhook(webhookCreateSchema.parse({ merchantId, url, description: "受注システム" }), context));

describe("webhook registration", () => {
  it("refuses a non-URL, http and (where private hosts are refused) loopback and private hosts at the url field, storing nothing", async () => {
    process.env.WEBHOOK_PRIVATE_HOSTS = "refuse";
    await expect(register("hooks.example.com/maintenance")).rejects.toMatchObject({ name: "ActionError", field: "url", message: m.webhookUrl.invalid });
    await expect(register("http://93.184.215.14/hook")).rejects.toMatchObject({ name: "ActionError", field: "url", message: m.webhookUrl["not-https"] });
    await expect(register("https://127.0.0.1/hook")).rejects.toMatchObject({ name: "ActionError", field: "url", message: m.webhookUrl["private-host"] });
    await expect(register("https://[fd00::1]/hook")).rejects.toMatchObject({ name: "ActionError", field: "url", message: m.webhookUrl["private-host"] });
    await expect(register("https://localhost:8443/hook")).rejects.toMatchObject({ name: "ActionError", field: "url", message: m.webhookUrl["private-host"] });
    expect(await db.webhook.count({ where: { merchantId } })).toBe(0);
  });

  it("stores a public https URL with a generated 256-bit secret shown once, audited without the secret; disabling keeps the row", async () => {
    process.env.WEBHOOK_PRIVATE_HOSTS = "refuse";
    const outcome = await register("https://93.184.215.14/hooks/maintenance");
    const secret = String(outcome.data!.secret);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    const stored = await db.webhook.findFirstOrThrow({ where: { merchantId } });
    expect(stored).toMatchObject({ url: "https://93.184.215.14/hooks/maintenance", secret, description: "受注システム", disabledAt: null });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "webhook.create", entityId: stored.id } });
    expect(JSON.stringify(event.data)).not.toContain(secret);

    await run((context) => disableWebhook({ id: stored.id, merchantId }, context));
    expect((await db.webhook.findUniqueOrThrow({ where: { id: stored.id } })).disabledAt).not.toBeNull();
    await expect(run((context) => disableWebhook({ id: stored.id, merchantId }, context))).rejects.toMatchObject({ message: m.webhookDisabled });
    // another merchant's id does not reach it
    await expect(run((context) => disableWebhook({ id: stored.id, merchantId: "someone-else" }, context))).rejects.toMatchObject({ message: m.webhookMissing });
  });

  it("lets a loopback receiver be registered where private hosts are allowed (development, tests)", async () => {
    process.env.WEBHOOK_PRIVATE_HOSTS = "allow";
    await register("https://127.0.0.1:9443/hook");
    expect(await db.webhook.count({ where: { merchantId, url: "https://127.0.0.1:9443/hook" } })).toBe(1);
  });
});
