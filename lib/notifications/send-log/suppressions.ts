import "server-only";
import type { z } from "zod";
import { ActionError, ConflictError } from "@/lib/actions/errors";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { sendLogMessages } from "./messages";
import type { clearSuppressionSchema } from "./suppression-schema";

// Suppressed addresses (issue 11): the delivery suppresses an address that failed
// permanently (lib/notifications, the worker); an admin clears it here. Clearing is
// soft (cleared rows stay as history) and audited.
const m = sendLogMessages.suppressions;

/** Active suppressions, newest first, each with the send log row that caused it (when known). */
export async function activeSuppressions() {
  const rows = await db.suppression.findMany({ where: { clearedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const causeIds = rows.map((row) => row.sendLogId).filter((id): id is string => id !== null);
  const causes = await db.sendLog.findMany({
    where: { id: { in: causeIds } },
    select: { id: true, createdAt: true, notice: { select: { id: true, slug: true } }, revision: { select: { number: true } } },
  });
  const byId = new Map(causes.map((cause) => [cause.id, cause]));
  return rows.map((row) => ({ ...row, cause: row.sendLogId ? (byId.get(row.sendLogId) ?? null) : null }));
}

export type ActiveSuppression = Awaited<ReturnType<typeof activeSuppressions>>[number];

/**
 * Clears an active suppression: mails to the address go out again. Only from the
 * active state (the UPDATE's WHERE says so, so two admins clearing at once cannot
 * both succeed): a cleared one is a conflict that says who cleared it and when.
 */
export async function clearSuppression(input: z.output<typeof clearSuppressionSchema>, { tx, user, actor }: ActionContext): Promise<ActionOutcome> {
  const at = now();
  const { count } = await tx.suppression.updateMany({ where: { id: input.suppressionId, clearedAt: null }, data: { clearedAt: at, clearedById: user.id } });
  const row = await tx.suppression.findUnique({ where: { id: input.suppressionId } });
  if (!row) throw new ActionError(m.notFound);
  if (count === 0) throw new ConflictError(m.alreadyCleared, { clearedAt: row.clearedAt?.toISOString() ?? null, clearedById: row.clearedById });
  await audit(tx, { actor, action: "suppression.clear", entityType: "Suppression", entityId: row.id, data: { address: row.address, reason: row.reason, since: row.createdAt.toISOString() } });
  return { data: { cleared: row.address } };
}
