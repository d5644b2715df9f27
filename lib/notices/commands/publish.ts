import "server-only";
import { ConflictError } from "@/lib/actions/errors";
import { storeRevisionImpact } from "@/lib/affected/store";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import type { NoticeKind } from "@/lib/generated/prisma/enums";
import { revisionContent } from "@/lib/notices/content/read";
import { freezeSnapshots } from "@/lib/notices/content/snapshots";
import type { Publication } from "@/lib/notices/publish-hook";
import { recordNotifications } from "@/lib/notifications/outbox";
import { silentReason } from "@/lib/notifications/send-log/silence";
import { revisionInclude } from "@/lib/notices/published/queries";
import { claimRevision, type ClaimedRevision } from "./claim";
import { requireApprover, type CommandContext } from "./context";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/**
 * The kinds an approver may publish alone (DESIGN.md, Decision 5): an emergency
 * cannot wait for a second person; a 定期, 臨時 or お知らせ notice can. The
 * database holds the same rule (trigger "Revision_break_glass_kind").
 */
export const breakGlassKinds: readonly NoticeKind[] = ["EMERGENCY", "INCIDENT"];

export interface PublishOptions {
  /**
   * The publisher confirms a historical notice (Decision 8): every window is over and
   * nobody is told (the send log says so). Required for a first publication whose
   * windows have all ended; never forced on an amendment (完了 "end now", a late 延長
   * must reach merchants).
   */
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
 * Every use of the maintenance controls is break glass (Decision 5), on any kind of
 * notice: a revision the controls extend or end is recorded as their command before it
 * is published (lib/maintenance/controls). The database holds the same rule.
 */
async function extendedOrEndedByControl(tx: Tx, revisionId: string): Promise<boolean> {
  return (await tx.maintenanceCommand.count({ where: { revisionId, control: { in: ["EXTEND", "END"] } } })) > 0;
}

/** Serialises publications of one notice: the second waits, then sees the first one's revision as the published one. */
async function lockNotice(tx: Tx, noticeId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Notice" WHERE "id" = ${noticeId} FOR UPDATE`;
}

function checkBackfill(revision: ClaimedRevision, first: boolean, options: PublishOptions, at: Date) {
  const allEnded = revision.windows.length > 0 && revision.windows.every((w) => w.endsAt <= at);
  if (first && allEnded && !options.backfill) throw new WorkflowError(m.backfillRequired, "backfill");
  if (options.backfill && revision.windows.some((w) => w.endsAt > at)) throw new WorkflowError(m.backfillNotEnded, "backfill");
  if (options.publishedAt && !options.backfill) throw new WorkflowError(m.publishedAtOnlyBackfill, "publishedAt");
  if (options.publishedAtUnknown && !options.backfill) throw new WorkflowError(m.unknownDateOnlyBackfill, "publishedAt");
  // a backfill says when the notice first went public, or that nobody knows: never a date made up for it
  if (options.backfill && !options.publishedAt === !options.publishedAtUnknown) throw new WorkflowError(m.backfillDate, "publishedAt");
}

/**
 * Makes a revision the notice's public one: only an approved revision (or, by break
 * glass, any unpublished revision of a 緊急/障害 notice), only at the version the
 * publisher saw, and only if it is based on the revision that is public now (else
 * someone published in between: ConflictError, rebase). Freezes what it shows from
 * referenced records, stores what it affects, numbers it, supersedes the previous one
 * and audits it. Returns the publication for the publish hook (run after commit).
 */
export async function publishRevision(context: CommandContext, input: { revisionId: string; version: number } & PublishOptions) {
  const { tx, user, actor } = context;
  requireApprover(context);
  const breakGlass = input.breakGlass ?? false;
  const revision = breakGlass
    ? await claimRevision(tx, input.revisionId, input.version, ["DRAFT", "REJECTED", "SUBMITTED", "APPROVED"], m.publishableBreakGlass)
    : await claimRevision(tx, input.revisionId, input.version, ["APPROVED"], m.publishable);
  if (revision.notice.deletedAt) throw new WorkflowError(m.noticeDeleted);
  if (breakGlass && !breakGlassKinds.includes(revision.notice.kind) && !(await extendedOrEndedByControl(tx, revision.id)))
    throw new WorkflowError(m.breakGlassKind(revision.notice.kind), "breakGlass");

  await lockNotice(tx, revision.noticeId);
  // read under the lock: a withdrawal committed meanwhile is seen. A withdrawal is
  // final, also for a draft started before it (docs/decisions/0012-withdrawn-notices.md)
  const { state } = await tx.notice.findUniqueOrThrow({ where: { id: revision.noticeId }, select: { state: true } });
  if (state === "WITHDRAWN") throw new WorkflowError(m.withdrawnFinal);
  const previous = await tx.revision.findFirst({ where: { noticeId: revision.noticeId, status: "PUBLISHED" } });
  if ((previous?.id ?? null) !== revision.basedOnId)
    throw new ConflictError(m.publishedInBetween, { publishedRevisionId: previous?.id ?? null, publishedNumber: previous?.number ?? null }, "basedOn");
  const last = await tx.revision.aggregate({ where: { noticeId: revision.noticeId }, _max: { number: true } });
  const number = (last._max.number ?? 0) + 1;
  if (number > 1 && !revision.amendment) throw new WorkflowError(m.amendmentRequired, "amendment");
  if (number === 1 && revision.amendment) throw new WorkflowError(m.firstNotAmendment, "amendment");
  const at = now();
  checkBackfill(revision, number === 1, input, at);

  await freezeSnapshots(tx, revision.id, revision.notice.issuerId);
  // what the revision stops, derived once from its content and today's catalog (Decision 10)
  const full = await tx.revision.findUniqueOrThrow({ where: { id: revision.id }, include: revisionInclude });
  await storeRevisionImpact(tx, revision.id, revisionContent(full));
  if (previous) await tx.revision.update({ where: { id: previous.id }, data: { status: "SUPERSEDED" } });
  const publishedAt = input.publishedAt ?? at;
  const backfill = input.backfill ?? false;
  await tx.revision.update({
    where: { id: revision.id },
    data: {
      status: "PUBLISHED",
      number,
      publishedAt,
      publishedAtKnown: !input.publishedAtUnknown,
      publishedById: user.id,
      publishAt: null,
      breakGlass,
      backfill,
    },
  });
  await tx.notice.update({ where: { id: revision.noticeId }, data: { state: "PUBLISHED" } });
  await audit(tx, {
    actor,
    action: "revision.publish",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    breakGlass,
    data: { number, backfill, publishedAt: publishedAt.toISOString(), publishedAtKnown: !input.publishedAtUnknown, supersedes: previous?.id ?? null },
  });
  // Who is told is the notifications' business; a backfill and a 表記修正 tell
  // nobody, and the send log keeps that as evidence (Decision 4 and 8).
  const silent = silentReason({ backfill, amendmentType: revision.amendment?.type });
  if (silent)
    await tx.sendLog.create({ data: { noticeId: revision.noticeId, revisionId: revision.id, channel: "EMAIL", status: "SKIPPED", reason: silent } });
  // every other publication tells its recipients: the outbox rows and their jobs commit with it
  else await recordNotifications(tx, { event: "PUBLICATION", revisionId: revision.id });
  const published: Publication[] = [{ slug: revision.notice.slug }];
  return { published, number, publishedAt, version: revision.version };
}

/**
 * approved → approved with a publication time (JST in the form): the freshness loop
 * publishes it then, in the name of the user who scheduled it (scheduled.ts).
 */
export async function scheduleRevision(context: CommandContext, input: { revisionId: string; version: number; publishAt: Date }) {
  const { tx, user, actor } = context;
  requireApprover(context);
  const revision = await claimRevision(tx, input.revisionId, input.version, ["APPROVED"], m.schedulable);
  if (input.publishAt <= now()) throw new WorkflowError(m.scheduleInPast, "publishAt");
  // a scheduled publication is never a backfill: it could not be confirmed at publication
  if (!revision.basedOnId && revision.windows.length > 0 && revision.windows.every((w) => w.endsAt <= input.publishAt))
    throw new WorkflowError(m.scheduleBackfill, "publishAt");
  await tx.revision.update({ where: { id: revision.id }, data: { publishAt: input.publishAt, scheduledById: user.id } });
  await audit(tx, {
    actor,
    action: "revision.schedule",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { publishAt: input.publishAt.toISOString() },
  });
  return { version: revision.version };
}

/** Cancels a scheduled publication; the revision stays approved. */
export async function unscheduleRevision(context: CommandContext, input: { revisionId: string; version: number }) {
  const { tx, actor } = context;
  requireApprover(context);
  const revision = await claimRevision(tx, input.revisionId, input.version, ["APPROVED"], m.schedulable);
  if (!revision.publishAt) throw new WorkflowError(m.notScheduled);
  await tx.revision.update({ where: { id: revision.id }, data: { publishAt: null, scheduledById: null } });
  await audit(tx, {
    actor,
    action: "revision.unschedule",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { publishAt: revision.publishAt.toISOString() },
  });
  return { version: revision.version };
}
