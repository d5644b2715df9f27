import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import type { Db, Tx } from "@/lib/db";
import { merchantMessages } from "./messages";
import type { tokenCreateSchema, tokenRevokeSchema } from "./schema";

// Bearer tokens of the import API, one per integration. The token is 32 random bytes,
// shown once; only its SHA-256 is stored (a fast hash suffices for 256 random bits, and
// lets a request find its row by the hash).
const m = merchantMessages.errors;
const prefix = "mimp_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export async function createImportToken(input: z.output<typeof tokenCreateSchema>, { tx, user, actor }: ActionContext): Promise<ActionOutcome> {
  const token = prefix + randomBytes(32).toString("base64url");
  const row = await tx.merchantImportToken.create({ data: { name: input.name, tokenHash: hashToken(token), createdById: user.id } });
  await audit(tx, { actor, action: "merchant-token.create", entityType: "MerchantImportToken", entityId: row.id, data: { name: row.name } });
  return { data: { token, name: row.name } };
}

export async function revokeImportToken(input: z.output<typeof tokenRevokeSchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const row = await tx.merchantImportToken.findUnique({ where: { id: input.id } });
  if (!row) throw new ActionError(m.tokenMissing);
  if (row.revokedAt) throw new ActionError(m.tokenRevoked);
  await tx.merchantImportToken.update({ where: { id: row.id }, data: { revokedAt: new Date() } });
  await audit(tx, { actor, action: "merchant-token.revoke", entityType: "MerchantImportToken", entityId: row.id, data: { name: row.name } });
  return { redirectTo: "/admin/merchants/tokens?done=revoked" };
}

export function listImportTokens(client: Db | Tx) {
  return client.merchantImportToken.findMany({ orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true } });
}

/** The active token an `Authorization: Bearer …` header carries (its last use recorded), else null. */
export async function authenticateImportToken(client: Db, authorization: string | null): Promise<{ id: string; name: string } | null> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "")?.[1];
  if (!token) return null;
  const row = await client.merchantImportToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt) return null;
  await client.merchantImportToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return { id: row.id, name: row.name };
}
