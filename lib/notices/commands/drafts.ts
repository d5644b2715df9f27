import "server-only";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { NoticeKind, RevisionStatus } from "@/lib/generated/prisma/enums";
import { revisionContent } from "@/lib/notices/content/read";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { createRevisionDraft, replaceRevisionContent } from "@/lib/notices/content/write";
import { revisionInclude } from "@/lib/notices/published/queries";
import { claimRevision, everPublished, type ClaimedRevision } from "./claim";
import type { CommandContext } from "./context";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/** The statuses whose content may still change; saving a submitted or approved one sends it back to draft. */
export const editableStatuses: readonly RevisionStatus[] = ["DRAFT", "REJECTED", "SUBMITTED", "APPROVED"];

/** Remembers that the user wrote this revision: none of its editors may approve it (four eyes). */
async function recordEditor({ tx, user }: CommandContext, revisionId: string) {
  const at = now();
  await tx.revisionEditor.upsert({
    where: { revisionId_userId: { revisionId, userId: user.id } },
    create: { revisionId, userId: user.id, firstSavedAt: at, lastSavedAt: at },
    update: { lastSavedAt: at },
  });
}

/**
 * What every edit of a revision does besides its own change: the user becomes one of
 * its editors, and a revision waiting for approval or approved goes back to draft
 * (its approval was for other content; a schedule goes with it), audited.
 */
export async function afterEdit(context: CommandContext, revision: ClaimedRevision) {
  await returnToDraft(context, revision);
  // after the approval is cleared: the database refuses an editor who is its approver
  await recordEditor(context, revision.id);
}

async function returnToDraft(context: CommandContext, revision: ClaimedRevision) {
  if (revision.status !== "SUBMITTED" && revision.status !== "APPROVED") return;
  await context.tx.revision.update({
    where: { id: revision.id },
    data: { status: "DRAFT", submittedById: null, submittedAt: null, approvedById: null, approvedAt: null, publishAt: null, scheduledById: null },
  });
  await audit(context.tx, {
    actor: context.actor,
    action: "revision.return-to-draft",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { from: revision.status, approvedById: revision.approvedById, publishAt: revision.publishAt?.toISOString() ?? null },
  });
}

/** A new notice with its first draft, written by the user (kind and slug can change until it is first published). */
export async function createNotice(
  context: CommandContext,
  input: { kind: NoticeKind; slug: string; content: RevisionContentInput; copiedFromId?: string; issuerId?: string },
) {
  const { tx, user, actor } = context;
  const issuer = input.issuerId ? { id: input.issuerId } : await tx.issuer.findFirstOrThrow({ orderBy: { key: "asc" }, select: { id: true } });
  const notice = await tx.notice.create({
    data: { slug: input.slug, kind: input.kind, issuerId: issuer.id, createdById: user.id, copiedFromId: input.copiedFromId ?? null },
  });
  const revision = await createRevisionDraft(tx, { noticeId: notice.id, content: input.content, authorId: user.id });
  await recordEditor(context, revision.id);
  await audit(tx, { actor, action: "notice.create", entityType: "Notice", entityId: notice.id, noticeId: notice.id, data: { slug: input.slug, kind: input.kind, copiedFromId: input.copiedFromId ?? null } });
  await audit(tx, { actor, action: "revision.create", entityType: "Revision", entityId: revision.id, noticeId: notice.id, revisionId: revision.id });
  return { noticeId: notice.id, revisionId: revision.id, version: revision.version };
}

/**
 * Replaces a draft's content, only if `version` is still the stored one (else a
 * ConflictError with the stored content and version: nothing typed is lost). Slug and
 * kind change here too, only before the first publication.
 */
export async function saveDraft(
  context: CommandContext,
  input: { revisionId: string; version: number; content: RevisionContentInput; slug?: string; kind?: NoticeKind },
) {
  const { tx, actor } = context;
  const revision = await claimRevision(tx, input.revisionId, input.version, editableStatuses, m.notEditable);
  const notice = revision.notice;
  const renamed = input.slug !== undefined && input.slug !== notice.slug;
  const rekinded = input.kind !== undefined && input.kind !== notice.kind;
  if ((renamed || rekinded) && (await everPublished(tx, notice.id))) throw new WorkflowError(renamed ? m.slugFixed : m.kindFixed, renamed ? "slug" : "kind");
  if (renamed || rekinded) await tx.notice.update({ where: { id: notice.id }, data: { slug: input.slug, kind: input.kind } });
  await replaceRevisionContent(tx, revision.id, input.content);
  await afterEdit(context, revision);
  await audit(tx, {
    actor,
    action: "revision.edit",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: notice.id,
    revisionId: revision.id,
    data: { version: revision.version, ...(renamed ? { slug: { from: notice.slug, to: input.slug } } : {}), ...(rekinded ? { kind: { from: notice.kind, to: input.kind } } : {}) },
  });
  return { version: revision.version };
}

/** A new draft amending the notice's published revision: a copy of it, based on it. */
export async function startAmendment(context: CommandContext, input: { noticeId: string }) {
  const { tx, user, actor } = context;
  const notice = await tx.notice.findUnique({ where: { id: input.noticeId } });
  if (!notice) throw new WorkflowError(m.noticeNotFound);
  if (notice.deletedAt) throw new WorkflowError(m.noticeDeleted);
  // a withdrawal is final (docs/decisions/0012-withdrawn-notices.md)
  if (notice.state === "WITHDRAWN") throw new WorkflowError(m.withdrawnFinal);
  const published = await tx.revision.findFirst({ where: { noticeId: notice.id, status: "PUBLISHED" }, include: revisionInclude });
  if (!published) throw new WorkflowError(m.notPublished);
  const { amendment: _previous, ...content } = revisionContent(published);
  const revision = await createRevisionDraft(tx, { noticeId: notice.id, content, authorId: user.id, basedOnId: published.id });
  await recordEditor(context, revision.id);
  await audit(tx, { actor, action: "revision.create", entityType: "Revision", entityId: revision.id, noticeId: notice.id, revisionId: revision.id, data: { basedOnId: published.id } });
  return { revisionId: revision.id, version: revision.version };
}

/** Throws away a revision that was never published; a notice left with nothing but discarded drafts is deleted. */
export async function discardDraft(context: CommandContext, input: { revisionId: string; version: number }) {
  const { tx, actor } = context;
  const revision = await claimRevision(tx, input.revisionId, input.version, editableStatuses, m.discardable);
  await tx.revision.update({ where: { id: revision.id }, data: { status: "DISCARDED", publishAt: null, scheduledById: null } });
  await audit(tx, { actor, action: "revision.discard", entityType: "Revision", entityId: revision.id, noticeId: revision.noticeId, revisionId: revision.id, data: { from: revision.status } });
  const live = await tx.revision.count({ where: { noticeId: revision.noticeId, status: { not: "DISCARDED" } } });
  if (live === 0) {
    await tx.notice.update({ where: { id: revision.noticeId }, data: { deletedAt: now() } });
    await audit(tx, { actor, action: "notice.delete", entityType: "Notice", entityId: revision.noticeId, noticeId: revision.noticeId, data: { slug: revision.notice.slug } });
  }
  return { version: revision.version };
}
