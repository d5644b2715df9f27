import "server-only";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { matchesErrorCodeFormat } from "@/lib/catalog/error-code-format";
import { refreshMaintenanceSnapshot } from "@/lib/maintenance/snapshot-store";
import type { EmbedSettingsInput } from "./embed-schema";
import { contactMessages } from "./messages";
import type { ContactInput, contactRetireSchema, IssuerInput, ScreenDefaultsInput } from "./schema";

// The writes of /admin/contacts: each is the `run` of a server action inside defineAction's
// one transaction, audited there. None touches a published revision: those keep their
// frozen copies (Revision.contactSnapshot, issuerSnapshot, ScreenSettings; Decision 2).
const m = contactMessages.errors;

export async function saveContact(input: ContactInput, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const { id, ...data } = input;
  const before = id ? await tx.contact.findUnique({ where: { id } }) : null;
  if (id && !before) throw new ActionError(m.missing);
  // a taken key fails on the unique index and comes back as the key field's error
  const saved = id ? await tx.contact.update({ where: { id }, data }) : await tx.contact.create({ data });
  await audit(tx, { actor, action: id ? "contact.update" : "contact.create", entityType: "Contact", entityId: saved.id, data: { before: before && strip(before), after: data } });
  return { redirectTo: `/admin/contacts/${saved.id}?done=${id ? "saved" : "created"}` };
}

export async function setContactRetired(input: z.output<typeof contactRetireSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const contact = await tx.contact.findUnique({ where: { id: input.id } });
  if (!contact) throw new ActionError(m.missing);
  if (input.retired === (contact.archivedAt !== null)) throw new ActionError(input.retired ? m.alreadyRetired : m.alreadyActive);
  await tx.contact.update({ where: { id: contact.id }, data: { archivedAt: input.retired ? new Date() : null } });
  await audit(tx, { actor, action: input.retired ? "contact.retire" : "contact.restore", entityType: "Contact", entityId: contact.id, data: { key: contact.key } });
  return { redirectTo: `/admin/contacts/${contact.id}?done=${input.retired ? "retired" : "restored"}` };
}

export async function saveIssuer(input: IssuerInput, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const { id, ...data } = input;
  const before = await tx.issuer.findUnique({ where: { id } });
  if (!before) throw new ActionError(m.missing);
  await tx.issuer.update({ where: { id }, data });
  await audit(tx, { actor, action: "issuer.update", entityType: "Issuer", entityId: id, data: { before: strip(before), after: data } });
  return { redirectTo: `/admin/contacts/brand/${id}?done=brand` };
}

export async function saveScreenDefaults(input: ScreenDefaultsInput, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const { issuerId, ...data } = input;
  const before = await tx.screenDefaults.findUnique({ where: { issuerId } });
  if (!before) throw new ActionError(m.missing);
  if (!matchesErrorCodeFormat(before.errorCodePattern, data.errorCode)) throw new ActionError(m.errorCodeFormat(before.errorCodePattern), "errorCode");
  await tx.screenDefaults.update({ where: { issuerId }, data });
  await audit(tx, { actor, action: "screen-defaults.update", entityType: "ScreenDefaults", entityId: before.id, data: { before: strip(before), after: data } });
  return { redirectTo: `/admin/contacts/brand/${issuerId}?done=screen` };
}

/**
 * Who may frame the maintenance modal (issue 10). The snapshot carries the list to the
 * modal's CSP, so this instance refreshes it after the commit; other instances' freshness
 * loops take it within their periodic refresh.
 */
export async function saveEmbedSettings(input: EmbedSettingsInput, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const before = await tx.screenDefaults.findUnique({ where: { issuerId: input.issuerId }, select: { id: true, frameAncestors: true } });
  if (!before) throw new ActionError(m.missing);
  await tx.screenDefaults.update({ where: { issuerId: input.issuerId }, data: { frameAncestors: input.frameAncestors } });
  await audit(tx, { actor, action: "screen-defaults.embed", entityType: "ScreenDefaults", entityId: before.id, data: { before: before.frameAncestors, after: input.frameAncestors } });
  return {
    redirectTo: `/admin/contacts/brand/${input.issuerId}?done=embed`,
    afterCommit: () =>
      refreshMaintenanceSnapshot().then(
        () => undefined,
        (error) => console.error(`[maintenance] snapshot refresh after the embed settings failed (the freshness loop retries): ${error instanceof Error ? error.message : error}`),
      ),
  };
}

// the audit row records the fields, not the bookkeeping columns
function strip<T extends { id: string; updatedAt: Date }>(row: T) {
  const { id: _id, updatedAt: _updatedAt, ...rest } = row;
  return JSON.parse(JSON.stringify(rest));
}
