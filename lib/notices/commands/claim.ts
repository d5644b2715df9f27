import "server-only";
import { ConflictError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";
import { revisionContent } from "@/lib/notices/content/read";
import { revisionInclude } from "@/lib/notices/published/queries";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/**
 * Takes a revision for one command: a conditional update that bumps its version only
 * if it still has the version the form was loaded with and a status the command
 * accepts. The row stays locked until the transaction ends, so of two people acting on
 * the same revision at once exactly one gets it; the other waits, finds the version
 * moved on and is told why (PostgreSQL re-checks the condition after the wait).
 *
 * Refusals: published already → "既に公開されています"; a status the command does not
 * accept → `refusal` with the current status; another version → ConflictError carrying
 * what is stored now (content and version), so the form shows both texts.
 */
export async function claimRevision(tx: Tx, revisionId: string, version: number, accepted: readonly RevisionStatus[], refusal: string) {
  const { count } = await tx.revision.updateMany({
    where: { id: revisionId, version, status: { in: [...accepted] } },
    data: { version: { increment: 1 } },
  });
  if (count === 1) return tx.revision.findUniqueOrThrow({ where: { id: revisionId }, include: { notice: true, windows: true, amendment: true } });
  const current = await tx.revision.findUnique({ where: { id: revisionId }, include: revisionInclude });
  if (!current) throw new WorkflowError(m.revisionNotFound);
  if (current.status === "PUBLISHED" || current.status === "SUPERSEDED") throw new WorkflowError(m.alreadyPublished);
  if (!accepted.includes(current.status)) throw new WorkflowError(m.wrongStatus(refusal, current.status));
  throw new ConflictError(m.staleVersion, { version: current.version, status: current.status, content: revisionContent(current) }, "version");
}

export type ClaimedRevision = Awaited<ReturnType<typeof claimRevision>>;

/** Whether the notice ever had a published revision (slug and kind are then fixed). */
export async function everPublished(tx: Tx, noticeId: string): Promise<boolean> {
  return (await tx.revision.count({ where: { noticeId, number: { not: null } } })) > 0;
}
