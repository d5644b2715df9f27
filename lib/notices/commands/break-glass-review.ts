import "server-only";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { requireApprover, type CommandContext } from "./context";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";
import type { ReviewBreakGlassInput } from "./schemas";

/**
 * A second approver approves a break-glass publication afterwards (Decision 5): the
 * publication's audit event records, once, who reviewed it and when (the audit log's
 * trigger allows that change and no other), and the review is itself audited. Nobody
 * reviews their own break glass. The claim is conditional on `reviewedAt` still being
 * empty, so two approvers at once get one review and one refusal.
 */
export async function reviewBreakGlass(context: CommandContext, input: ReviewBreakGlassInput): Promise<{ noticeId: string | null }> {
  requireApprover(context);
  const { tx, user, actor } = context;
  const event = await tx.auditEvent.findUnique({
    where: { id: input.eventId },
    select: { id: true, action: true, breakGlass: true, reviewedAt: true, actorId: true, noticeId: true, revisionId: true },
  });
  if (!event || event.action !== "revision.publish" || !event.breakGlass) throw new WorkflowError(m.breakGlassNotFound);
  if (event.reviewedAt) throw new WorkflowError(m.breakGlassReviewed);
  if (event.actorId === user.id) throw new WorkflowError(m.breakGlassOwn);
  const at = now();
  const { count } = await tx.auditEvent.updateMany({ where: { id: event.id, reviewedAt: null }, data: { reviewedAt: at, reviewedById: user.id } });
  if (count !== 1) throw new WorkflowError(m.breakGlassReviewed);
  await audit(tx, {
    actor,
    action: "revision.break-glass-review",
    entityType: "Revision",
    entityId: event.revisionId ?? event.id,
    noticeId: event.noticeId ?? undefined,
    revisionId: event.revisionId ?? undefined,
    data: { eventId: event.id },
    at,
  });
  return { noticeId: event.noticeId };
}
