import "server-only";
import { ActionError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import { audit, type Actor } from "@/lib/audit";
import type { NoticeKind } from "@/lib/generated/prisma/client";
import { now } from "@/lib/clock";
import { storeRevisionImpact } from "@/lib/affected/store";
import { revisionContent } from "@/lib/notices/content/read";
import { freezeSnapshots } from "@/lib/notices/content/snapshots";
import { revisionInclude } from "@/lib/notices/published/queries";

/** A rule of the workflow was broken; `field` names the form field to show it on. */
export class WorkflowError extends ActionError {
  override name = "WorkflowError";
}

const actorId = (actor: Actor) => ("userId" in actor ? actor.userId : null);

/**
 * The kinds an approver may publish alone (DESIGN.md, Decision 5): an emergency
 * cannot wait for a second person; a 定期, 臨時 or お知らせ notice can. The
 * database holds the same rule (trigger "Revision_break_glass_kind").
 */
export const breakGlassKinds: readonly NoticeKind[] = ["EMERGENCY", "INCIDENT"];

export async function submitRevision(tx: Tx, revisionId: string, actor: Actor) {
  const revision = await tx.revision.findUniqueOrThrow({ where: { id: revisionId } });
  if (revision.status !== "DRAFT" && revision.status !== "REJECTED")
    throw new WorkflowError(`only drafts can be submitted (this revision is ${revision.status})`);
  await tx.revision.update({
    where: { id: revisionId },
    data: { status: "SUBMITTED", submittedById: actorId(actor), submittedAt: now(), version: { increment: 1 } },
  });
  await audit(tx, { actor, action: "revision.submit", entityType: "Revision", entityId: revisionId, noticeId: revision.noticeId, revisionId });
}

/** Nobody approves their own revision (DESIGN.md, Decision 5). */
export async function approveRevision(tx: Tx, revisionId: string, actor: { userId: string }) {
  const revision = await tx.revision.findUniqueOrThrow({ where: { id: revisionId } });
  if (revision.status !== "SUBMITTED") throw new WorkflowError(`only submitted revisions can be approved (this one is ${revision.status})`);
  if (revision.authorId === actor.userId || revision.submittedById === actor.userId)
    throw new WorkflowError("you cannot approve a revision you wrote or submitted");
  await tx.revision.update({
    where: { id: revisionId },
    data: { status: "APPROVED", approvedById: actor.userId, approvedAt: now(), version: { increment: 1 } },
  });
  await audit(tx, { actor, action: "revision.approve", entityType: "Revision", entityId: revisionId, noticeId: revision.noticeId, revisionId });
}

export interface PublishOptions {
  actor: Actor;
  /** confirms that windows in the past are history (Decision 8); required then, refused otherwise */
  backfill?: boolean;
  /** with backfill only: the historical instant the revision went public */
  publishedAt?: Date;
  /**
   * with backfill only, instead of publishedAt: the original publication date is unknown
   * (the letter states none). The revision then shows no date anywhere; its publishedAt
   * is the backfill's own instant, which only orders it and stamps feeds.
   */
  publishedAtUnknown?: boolean;
  /** publish without approval (緊急/障害 notices and maintenance controls, Decision 5) */
  breakGlass?: boolean;
}

/**
 * Makes an approved revision the notice's public one: freezes what it shows from
 * referenced records, stores what it affects, numbers it, supersedes the previous one,
 * and audits it.
 */
export async function publishRevision(tx: Tx, revisionId: string, options: PublishOptions) {
  const revision = await tx.revision.findUniqueOrThrow({
    where: { id: revisionId },
    include: { notice: true, windows: true, amendment: true },
  });
  const breakGlass = options.breakGlass ?? false;
  if (revision.notice.deletedAt) throw new WorkflowError("the notice has been deleted");
  if (breakGlass) {
    if (!breakGlassKinds.includes(revision.notice.kind))
      throw new WorkflowError(`break glass is only for 緊急 and 障害 notices: this ${revision.notice.kind} notice needs approval`, "breakGlass");
    if (!["DRAFT", "SUBMITTED", "APPROVED"].includes(revision.status)) throw new WorkflowError(`cannot publish a ${revision.status} revision`);
  } else if (revision.status !== "APPROVED") {
    throw new WorkflowError(`only approved revisions can be published (this one is ${revision.status})`);
  }
  const at = now();
  const past = revision.windows.some((w) => w.endsAt <= at);
  if (past && !options.backfill)
    throw new WorkflowError("a window is in the past: confirm that this is a backfill of a historical notice", "backfill");
  if (options.publishedAt && !options.backfill) throw new WorkflowError("only a backfill may set its publication date", "publishedAt");
  if (options.publishedAtUnknown && !options.backfill) throw new WorkflowError("only a backfill may leave its publication date unknown", "publishedAt");
  if (options.backfill && !past) throw new WorkflowError("nothing to backfill: every window is in the future", "backfill");
  // a backfill says when the notice first went public, or that nobody knows: never a date made up for it
  if (options.backfill && !options.publishedAt === !options.publishedAtUnknown)
    throw new WorkflowError("a backfill needs its original publication date, or the statement that it is unknown (not both)", "publishedAt");

  const previous = await tx.revision.findFirst({ where: { noticeId: revision.noticeId, status: "PUBLISHED" } });
  const last = await tx.revision.aggregate({ where: { noticeId: revision.noticeId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  if (number > 1 && !revision.amendment) throw new WorkflowError("a revision after the first needs an amendment (type and summary)", "amendment");
  if (number === 1 && revision.amendment) throw new WorkflowError("a first publication is not an amendment", "amendment");

  await freezeSnapshots(tx, revision.id, revision.notice.issuerId);
  // what the revision stops, derived once from its content and today's catalog (Decision 10)
  const full = await tx.revision.findUniqueOrThrow({ where: { id: revision.id }, include: revisionInclude });
  await storeRevisionImpact(tx, revision.id, revisionContent(full));
  if (previous) await tx.revision.update({ where: { id: previous.id }, data: { status: "SUPERSEDED" } });
  const publishedAt = options.publishedAt ?? at;
  await tx.revision.update({
    where: { id: revision.id },
    data: {
      status: "PUBLISHED",
      number,
      publishedAt,
      publishedAtKnown: !options.publishedAtUnknown,
      publishedById: actorId(options.actor),
      breakGlass,
      backfill: options.backfill ?? false,
      version: { increment: 1 },
    },
  });
  await tx.notice.update({ where: { id: revision.noticeId }, data: { state: "PUBLISHED", withdrawnAt: null } });
  await audit(tx, {
    actor: options.actor,
    action: "revision.publish",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    breakGlass,
    data: {
      number,
      backfill: options.backfill ?? false,
      publishedAt: publishedAt.toISOString(),
      publishedAtKnown: !options.publishedAtUnknown,
      supersedes: previous?.id ?? null,
    },
  });
  // Who is told is the notifications' business; a backfill and a 表記修正 tell
  // nobody, and the send log keeps that as evidence (Decision 4 and 8).
  const silentReason = options.backfill ? "backfill" : revision.amendment?.type === "EDITORIAL" ? "editorial" : null;
  if (silentReason)
    await tx.sendLog.create({
      data: { noticeId: revision.noticeId, revisionId: revision.id, channel: "EMAIL", status: "SKIPPED", reason: silentReason },
    });
  return { number, publishedAt };
}
