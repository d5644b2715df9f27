import "server-only";
import type { Tx } from "@/lib/db";
import type { SendEvent } from "@/lib/generated/prisma/enums";
import type { SendLogCreateManyInput } from "@/lib/generated/prisma/models";
import { messageIdFor, type MessageSubject } from "./message-id";
import { recipientsForRevision } from "./recipients";
import { notifySettings } from "./settings";

// The outbox (issue 11, DESIGN.md Decision 11): what must be sent is written in the
// transaction that makes it due (a publication, or the edges task for reminders and a
// window's start and end), as SendLog rows and one graphile-worker job per row. Both
// commit with the publication or neither does, so a crash can lose no message and no
// job can name a row that does not exist. Nothing else makes a message due.

/** The graphile-worker task that delivers one SendLog row (lib/notifications/worker). */
export const DELIVER_TASK = "deliver";

export interface NotificationRequest {
  event: SendEvent;
  /** the revision that is public (the one a publication made public; the current one for an edge) */
  revisionId: string;
  /** REMINDER, WINDOW_START, WINDOW_END: the window (a row of that revision) */
  windowId?: string | null;
}

export interface RecordedNotifications {
  /** rows written now (QUEUED, SUPPRESSED, or the one SKIPPED "no-recipients") */
  written: number;
  queued: number;
  suppressed: number;
  /** rows the unique messageId refused: this message was recorded before */
  alreadyRecorded: number;
}

async function subjectOf(tx: Tx, request: NotificationRequest): Promise<{ noticeId: string; subject: MessageSubject; windowId: string | null }> {
  const revision = await tx.revision.findUniqueOrThrow({ where: { id: request.revisionId }, select: { noticeId: true } });
  if (request.event === "PUBLICATION") return { noticeId: revision.noticeId, subject: { event: "PUBLICATION", revisionId: request.revisionId }, windowId: null };
  if (!request.windowId) throw new Error(`recordNotifications: a ${request.event} message needs its window`);
  const window = await tx.maintenanceWindow.findUniqueOrThrow({ where: { id: request.windowId }, select: { revisionId: true, key: true, startsAt: true, endsAt: true } });
  if (window.revisionId !== request.revisionId) throw new Error(`recordNotifications: window ${request.windowId} is not a window of revision ${request.revisionId}`);
  const at = request.event === "WINDOW_END" ? window.endsAt : window.startsAt;
  return { noticeId: revision.noticeId, subject: { event: request.event, noticeId: revision.noticeId, windowKey: window.key, at }, windowId: request.windowId };
}

/**
 * Records one message per recipient of the revision (recipientsForRevision: its stored
 * impact and the contracts), QUEUED with its delivery job, or SUPPRESSED when the address
 * bounced and nobody cleared it; no recipient at all is one SKIPPED row ("no-recipients").
 * Idempotent: a message recorded before (same messageId) is neither written nor queued again.
 */
export async function recordNotifications(tx: Tx, request: NotificationRequest): Promise<RecordedNotifications> {
  const { noticeId, subject, windowId } = await subjectOf(tx, request);
  const recipients = await recipientsForRevision(tx, request.revisionId);
  const base = { noticeId, revisionId: request.revisionId, windowId, event: request.event };
  let rows: SendLogCreateManyInput[];
  if (!recipients.length) {
    rows = [{ ...base, channel: "EMAIL", status: "SKIPPED", reason: "no-recipients", messageId: messageIdFor(subject, "nobody") }];
  } else {
    const emails = recipients.filter((r) => r.channel === "EMAIL").map((r) => r.address);
    const suppressed = new Set(
      emails.length ? (await tx.suppression.findMany({ where: { address: { in: emails }, clearedAt: null }, select: { address: true } })).map((s) => s.address) : [],
    );
    rows = recipients.map((r) => {
      const blocked = r.channel === "EMAIL" && suppressed.has(r.address);
      return {
        ...base,
        channel: r.channel,
        recipient: r.address,
        locale: r.locale,
        merchantId: r.merchantId,
        subscriberId: r.subscriberId,
        webhookId: r.webhookId,
        messageId: messageIdFor(subject, { channel: r.channel, address: r.address, ownerId: r.webhookId ?? r.merchantId ?? r.subscriberId }),
        status: blocked ? "SUPPRESSED" : "QUEUED",
        reason: blocked ? "suppressed" : null,
      };
    });
  }
  // ON CONFLICT DO NOTHING on messageId: what was recorded before is left alone (the edges task runs every minute)
  const written = await tx.sendLog.createManyAndReturn({ data: rows, skipDuplicates: true, select: { id: true, status: true } });
  const queued = written.filter((r) => r.status === "QUEUED").map((r) => r.id);
  if (queued.length) {
    // the job's key is the row's id: one job per row; add_job runs in this transaction
    await tx.$executeRaw`SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('sendLogId', id), job_key => id, max_attempts => ${notifySettings().maxAttempts}::int) FROM unnest(${queued}::text[]) AS id`;
  }
  return {
    written: written.length,
    queued: queued.length,
    suppressed: written.filter((r) => r.status === "SUPPRESSED").length,
    alreadyRecorded: rows.length - written.length,
  };
}
