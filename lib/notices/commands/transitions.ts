import "server-only";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { claimRevision } from "./claim";
import { requireApprover, type CommandContext } from "./context";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/** draft (or rejected) → in review. An amendment goes to review only with its type and summary. */
export async function submitRevision(context: CommandContext, input: { revisionId: string; version: number }) {
  const { tx, user, actor } = context;
  const revision = await claimRevision(tx, input.revisionId, input.version, ["DRAFT", "REJECTED"], m.submittable);
  if (revision.basedOnId && !revision.amendment) throw new WorkflowError(m.amendmentRequired, "type");
  await tx.revision.update({ where: { id: revision.id }, data: { status: "SUBMITTED", submittedById: user.id, submittedAt: now() } });
  await audit(tx, { actor, action: "revision.submit", entityType: "Revision", entityId: revision.id, noticeId: revision.noticeId, revisionId: revision.id });
  return { version: revision.version };
}

/**
 * in review → approved, by an approver who neither wrote, edited nor submitted it
 * (Decision 5, four eyes). The database holds the same rule (trigger Revision_four_eyes).
 */
export async function approveRevision(context: CommandContext, input: { revisionId: string; version: number }) {
  const { tx, user, actor } = context;
  requireApprover(context);
  const revision = await claimRevision(tx, input.revisionId, input.version, ["SUBMITTED"], m.approvable);
  const edited = await tx.revisionEditor.count({ where: { revisionId: revision.id, userId: user.id } });
  if (edited || revision.authorId === user.id || revision.submittedById === user.id) throw new WorkflowError(m.fourEyes);
  await tx.revision.update({ where: { id: revision.id }, data: { status: "APPROVED", approvedById: user.id, approvedAt: now() } });
  await audit(tx, { actor, action: "revision.approve", entityType: "Revision", entityId: revision.id, noticeId: revision.noticeId, revisionId: revision.id });
  return { version: revision.version };
}

/** in review or approved → rejected, with the reason the editor reads on the draft. */
export async function rejectRevision(context: CommandContext, input: { revisionId: string; version: number; comment: string }) {
  const { tx, user, actor } = context;
  requireApprover(context);
  const revision = await claimRevision(tx, input.revisionId, input.version, ["SUBMITTED", "APPROVED"], m.rejectable);
  await tx.revision.update({
    where: { id: revision.id },
    data: {
      status: "REJECTED",
      rejectedById: user.id,
      rejectedAt: now(),
      rejectionComment: input.comment,
      approvedById: null,
      approvedAt: null,
      publishAt: null,
      scheduledById: null,
    },
  });
  await audit(tx, {
    actor,
    action: "revision.reject",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { comment: input.comment, from: revision.status },
  });
  return { version: revision.version };
}

/**
 * Takes a published notice off the public site: it leaves the index, feeds and
 * calendars, and its URL says that it was withdrawn. Its revisions stay.
 */
export async function withdrawNotice(context: CommandContext, input: { noticeId: string; reason: string }) {
  const { tx, actor } = context;
  requireApprover(context);
  const at = now();
  const { count } = await tx.notice.updateMany({
    where: { id: input.noticeId, state: "PUBLISHED", deletedAt: null },
    data: { state: "WITHDRAWN", withdrawnAt: at, withdrawnReason: input.reason },
  });
  const notice = await tx.notice.findUnique({ where: { id: input.noticeId } });
  if (!notice) throw new WorkflowError(m.noticeNotFound);
  if (count === 0) throw new WorkflowError(notice.state === "WITHDRAWN" ? m.alreadyWithdrawn : m.notPublished);
  await audit(tx, { actor, action: "notice.withdraw", entityType: "Notice", entityId: notice.id, noticeId: notice.id, data: { reason: input.reason, slug: notice.slug } });
  return { published: [{ slug: notice.slug }] };
}
