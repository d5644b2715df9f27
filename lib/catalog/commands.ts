import "server-only";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { matchesErrorCodeFormat } from "./error-code-format";
import { catalogMessages, type CatalogKind } from "./messages";
import { isKeyFrozen } from "./references";
import type { AudienceInput, ChannelInput, errorCodeFormatSchema, PaymentMethodInput, retireSchema, ServiceInput } from "./schema";

// The catalog's writes: each is the `run` of a server action (app/(admin)/admin/(console)/catalog/actions.ts)
// inside defineAction's one transaction, audited there. Entries are retired, never deleted
// (published revisions refer to them), and a key a published revision refers to never
// changes (URLs, the API and frozen names rest on it).
const m = catalogMessages.errors;

type EntryInput = Pick<ServiceInput, "id" | "key" | "nameJa" | "nameEn" | "sortOrder">;

export async function saveService(input: ServiceInput, context: ActionContext): Promise<ActionOutcome> {
  const paymentMethods = await paymentMethodIds(context.tx, input.paymentMethodKeys);
  return saveEntry("services", input, context, async (tx, data) => {
    const saved = input.id ? await tx.service.update({ where: { id: input.id }, data }) : await tx.service.create({ data });
    await tx.servicePaymentMethod.deleteMany({ where: { serviceId: saved.id } });
    await tx.servicePaymentMethod.createMany({ data: paymentMethods.map((paymentMethodId) => ({ serviceId: saved.id, paymentMethodId })) });
    return saved.id;
  });
}

export async function saveChannel(input: ChannelInput, context: ActionContext): Promise<ActionOutcome> {
  const paymentMethods = await paymentMethodIds(context.tx, input.paymentMethodKeys);
  const service = input.serviceKey ? await context.tx.service.findUnique({ where: { key: input.serviceKey } }) : null;
  if (input.serviceKey && !service) throw new ActionError(m.unknownKey, "serviceKey");
  return saveEntry("channels", input, context, async (tx, data) => {
    const full = { ...data, type: input.type, serviceId: service?.id ?? null };
    const saved = input.id ? await tx.channel.update({ where: { id: input.id }, data: full }) : await tx.channel.create({ data: full });
    await tx.channelPaymentMethod.deleteMany({ where: { channelId: saved.id } });
    await tx.channelPaymentMethod.createMany({ data: paymentMethods.map((paymentMethodId) => ({ channelId: saved.id, paymentMethodId })) });
    return saved.id;
  });
}

export function savePaymentMethod(input: PaymentMethodInput, context: ActionContext): Promise<ActionOutcome> {
  return saveEntry("payment-methods", input, context, async (tx, data) =>
    input.id ? (await tx.paymentMethod.update({ where: { id: input.id }, data })).id : (await tx.paymentMethod.create({ data })).id,
  );
}

export function saveAudience(input: AudienceInput, context: ActionContext): Promise<ActionOutcome> {
  return saveEntry("audiences", input, context, async (tx, data) =>
    input.id ? (await tx.audience.update({ where: { id: input.id }, data })).id : (await tx.audience.create({ data })).id,
  );
}

type Fields = { key: string; nameJa: string; nameEn: string | null; sortOrder: number };

async function saveEntry(kind: CatalogKind, input: EntryInput, { tx, actor }: ActionContext, write: (tx: Tx, data: Fields) => Promise<string>): Promise<ActionOutcome> {
  let before: Fields | null = null;
  if (input.id) {
    before = await lockedEntry(tx, kind, input.id);
    if (before.key !== input.key && (await isKeyFrozen(tx, kind, input.id, before.key))) throw new ActionError(m.keyFrozen, "key");
  }
  // a taken key fails on the unique index and comes back as the key field's error
  const id = await write(tx, { key: input.key, nameJa: input.nameJa, nameEn: input.nameEn, sortOrder: input.sortOrder });
  const after = { key: input.key, nameJa: input.nameJa, nameEn: input.nameEn, sortOrder: input.sortOrder };
  await audit(tx, { actor, action: before ? "catalog.update" : "catalog.create", entityType: entityTypes[kind], entityId: id, data: { kind, before, after } });
  return { redirectTo: `/admin/catalog/${kind}/${id}?done=${before ? "saved" : "created"}` };
}

export async function setRetired(input: z.output<typeof retireSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const entry = await lockedEntry(tx, input.kind, input.id);
  if (input.retired === (entry.archivedAt !== null)) throw new ActionError(input.retired ? m.alreadyRetired : m.alreadyActive);
  const data = { archivedAt: input.retired ? new Date() : null };
  const where = { where: { id: input.id }, data };
  if (input.kind === "services") await tx.service.update(where);
  else if (input.kind === "payment-methods") await tx.paymentMethod.update(where);
  else if (input.kind === "channels") await tx.channel.update(where);
  else await tx.audience.update(where);
  await audit(tx, { actor, action: input.retired ? "catalog.retire" : "catalog.restore", entityType: entityTypes[input.kind], entityId: input.id, data: { kind: input.kind, key: entry.key } });
  return { redirectTo: `/admin/catalog/${input.kind}/${input.id}?done=${input.retired ? "retired" : "restored"}` };
}

/** The error-code format of an issuer's notices; the issuer's default code must still have it. */
export async function saveErrorCodeFormat(input: z.output<typeof errorCodeFormatSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const defaults = await tx.screenDefaults.findUnique({ where: { issuerId: input.issuerId } });
  if (!defaults) throw new ActionError(m.missing);
  if (!matchesErrorCodeFormat(input.pattern, defaults.errorCode)) throw new ActionError(m.defaultCodeMismatch, "pattern");
  await tx.screenDefaults.update({ where: { id: defaults.id }, data: { errorCodePattern: input.pattern } });
  await audit(tx, {
    actor,
    action: "catalog.error-code-format",
    entityType: "ScreenDefaults",
    entityId: defaults.id,
    data: { before: defaults.errorCodePattern, after: input.pattern },
  });
  return { redirectTo: "/admin/catalog?done=format" };
}

const entityTypes: Record<CatalogKind, string> = { services: "Service", "payment-methods": "PaymentMethod", channels: "Channel", audiences: "Audience" };

const tables: Record<CatalogKind, string> = { services: '"Service"', "payment-methods": '"PaymentMethod"', channels: '"Channel"', audiences: '"Audience"' };

/** The entry's row, locked for this transaction (two admins saving one entry take turns). */
async function lockedEntry(tx: Tx, kind: CatalogKind, id: string): Promise<Fields & { archivedAt: Date | null }> {
  // the table name comes from the fixed map above, never from input
  const rows = await tx.$queryRawUnsafe<(Fields & { archivedAt: Date | null })[]>(
    `SELECT key, "nameJa", "nameEn", "sortOrder", "archivedAt" FROM ${tables[kind]} WHERE id = $1 FOR UPDATE`,
    id,
  );
  const row = rows[0];
  if (!row) throw new ActionError(m.missing);
  return row;
}

async function paymentMethodIds(tx: Tx, keys: readonly string[]): Promise<string[]> {
  const found = await tx.paymentMethod.findMany({ where: { key: { in: [...keys] } }, select: { id: true } });
  if (found.length !== keys.length) throw new ActionError(m.unknownKey, "paymentMethodKeys");
  return found.map((row) => row.id);
}
