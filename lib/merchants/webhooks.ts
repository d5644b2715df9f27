import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { merchantMessages } from "./messages";
import type { webhookCreateSchema, webhookDisableSchema } from "./schema";
import { assertPublicWebhookUrl, webhookPrivateHostsAllowed, WebhookUrlError } from "./webhook-url";

// Registering a merchant system's webhook (admins, on the merchant's request) and
// disabling it. The HMAC secret is generated here and shown once; disabled webhooks
// stay (the send log refers to them).
const m = merchantMessages.errors;

export async function registerWebhook(input: z.output<typeof webhookCreateSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const merchant = await tx.merchant.findUnique({ where: { id: input.merchantId }, select: { id: true, code: true } });
  if (!merchant) throw new ActionError(m.merchantMissing);
  let url: URL;
  try {
    url = await assertPublicWebhookUrl(input.url, { allowPrivate: webhookPrivateHostsAllowed() });
  } catch (error) {
    if (error instanceof WebhookUrlError) throw new ActionError(error.message, "url");
    throw error;
  }
  const secret = randomBytes(32).toString("base64url");
  const webhook = await tx.webhook.create({ data: { merchantId: merchant.id, url: url.href, secret, description: input.description || null } });
  // the secret is not audited: the audit log is readable by approvers
  await audit(tx, { actor, action: "webhook.create", entityType: "Webhook", entityId: webhook.id, data: { merchantCode: merchant.code, url: webhook.url } });
  return { data: { secret, url: webhook.url } };
}

export async function disableWebhook(input: z.output<typeof webhookDisableSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const webhook = await tx.webhook.findUnique({ where: { id: input.id } });
  if (!webhook || webhook.merchantId !== input.merchantId) throw new ActionError(m.webhookMissing);
  if (webhook.disabledAt) throw new ActionError(m.webhookDisabled);
  await tx.webhook.update({ where: { id: webhook.id }, data: { disabledAt: new Date() } });
  await audit(tx, { actor, action: "webhook.disable", entityType: "Webhook", entityId: webhook.id, data: { url: webhook.url } });
  return { redirectTo: `/admin/merchants/${input.merchantId}?done=webhook-disabled` };
}
