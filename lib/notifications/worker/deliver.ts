import "server-only";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { assertPublicWebhookUrl, webhookPrivateHostsAllowed } from "@/lib/merchants/webhook-url";
import { renderNoticeMail, type NoticeMailRequest } from "@/lib/notifications/mail/render";
import { DELIVER_TASK } from "@/lib/notifications/outbox";
import { notifySettings, retryDelayMs } from "@/lib/notifications/settings";
import { deliverMail, type DeliveryOutcome } from "@/lib/notifications/transport";
import { deliverWebhook, webhookEvent } from "@/lib/notifications/webhook";
import { subscriberLinks } from "@/lib/notifications/subscriptions/links";
import { entryName } from "@/lib/i18n/entry-name";

// The `deliver` task: one SendLog row, one attempt. Only a QUEUED row is sent; a SENT,
// FAILED, SKIPPED or SUPPRESSED one is left alone, so a job that runs again (a retry, or
// a repeat after a crash) never sends what was recorded as sent. At least once: a process
// that dies after the server accepted and before SENT is recorded sends it again, with
// the same Message-ID / event id, which receivers drop.
//
// Retries are ours, not graphile-worker's fixed exp(n) seconds: a transient failure
// records the attempt and re-adds the row's job at now + retryDelayMs (settings.ts) in one
// transaction; the running job then completes. NOTIFY_RETRY_BASE_MS makes tests fast.

const rowSelect = {
  id: true,
  event: true,
  status: true,
  channel: true,
  recipient: true,
  locale: true,
  revisionId: true,
  windowId: true,
  messageId: true,
  attempts: true,
  createdAt: true,
  merchant: { select: { nameJa: true, nameEn: true } },
  subscriberId: true,
  subscriber: { select: { unsubscribedAt: true } },
  webhook: { select: { url: true, secret: true, disabledAt: true } },
} as const;

type Row = NonNullable<Awaited<ReturnType<typeof loadRow>>>;
const loadRow = (id: string) => db.sendLog.findUnique({ where: { id }, select: rowSelect });

export type DeliverResult = "sent" | "retry" | "failed" | "suppressed" | "skipped" | "not-queued";

/** A row that will not be sent after all, with why. */
async function settle(row: Row, status: "SKIPPED" | "SUPPRESSED" | "FAILED", reason: string, lastError?: string) {
  await db.sendLog.updateMany({ where: { id: row.id, status: "QUEUED" }, data: { status, reason, ...(lastError ? { lastError, lastAttemptAt: now() } : {}) } });
}

async function sendMail(row: Row): Promise<DeliveryOutcome> {
  const locale = row.locale ?? "ja";
  const recipient: NoticeMailRequest["recipient"] = row.subscriberId
    ? { kind: "subscriber", ...(await subscriberLinks(row.subscriberId)) }
    : { kind: "merchant", merchantName: row.merchant ? entryName(row.merchant, locale) : "" };
  const mail = await renderNoticeMail({ event: row.event, locale, revisionId: row.revisionId, windowId: row.windowId, recipient });
  return deliverMail({ to: row.recipient!, subject: mail.subject, html: mail.html, text: mail.text, messageId: row.messageId!, headers: mail.headers });
}

async function record(row: Row, outcome: DeliveryOutcome): Promise<DeliverResult> {
  const attempts = row.attempts + 1;
  const at = now();
  if (outcome.ok) {
    await db.sendLog.update({ where: { id: row.id }, data: { status: "SENT", sentAt: at, attempts, lastAttemptAt: at, lastError: null } });
    return "sent";
  }
  const settings = notifySettings();
  if (outcome.permanent || attempts >= settings.maxAttempts) {
    const reason = outcome.permanent ? "permanent-failure" : `gave up after ${attempts} attempts`;
    await db.$transaction(async (tx) => {
      await tx.sendLog.update({ where: { id: row.id }, data: { status: "FAILED", reason, attempts, lastAttemptAt: at, lastError: outcome.response } });
      // a bounce (5xx) suppresses the address until an admin clears it; the partial unique
      // index keeps one active row per address (a second bounce adds none)
      if (outcome.permanent && row.channel === "EMAIL" && row.recipient)
        await tx.suppression.createMany({ data: [{ address: row.recipient, reason: outcome.response.slice(0, 500), sendLogId: row.id }], skipDuplicates: true });
    });
    return "failed";
  }
  const runAt = new Date(at.getTime() + retryDelayMs(attempts, settings));
  await db.$transaction(async (tx) => {
    await tx.sendLog.update({ where: { id: row.id }, data: { attempts, lastAttemptAt: at, lastError: outcome.response } });
    // the running job holds the key: add_job detaches it and queues the retry under the same key
    await tx.$executeRaw`SELECT graphile_worker.add_job(${DELIVER_TASK}, json_build_object('sendLogId', ${row.id}::text), run_at => ${runAt}, job_key => ${row.id}, max_attempts => ${settings.maxAttempts}::int)`;
  });
  return "retry";
}

/** One attempt at one SendLog row (the `deliver` task's body). */
export async function deliverSendLog(sendLogId: string): Promise<DeliverResult> {
  const row = await loadRow(sendLogId);
  if (!row || row.status !== "QUEUED") return "not-queued";
  if (row.channel === "EMAIL") {
    if (!row.recipient || !row.messageId) return settle(row, "FAILED", "no recipient").then(() => "failed");
    if (row.subscriber?.unsubscribedAt) return settle(row, "SKIPPED", "unsubscribed").then(() => "skipped");
    // an earlier message to this address bounced after this one was recorded
    if (await db.suppression.findFirst({ where: { address: row.recipient, clearedAt: null }, select: { id: true } })) return settle(row, "SUPPRESSED", "suppressed").then(() => "suppressed");
    return record(row, await sendMail(row));
  }
  if (!row.webhook || !row.messageId) return settle(row, "FAILED", "no webhook").then(() => "failed");
  if (row.webhook.disabledAt) return settle(row, "SKIPPED", "webhook-disabled").then(() => "skipped");
  let url: URL;
  try {
    // the registration's rule again before each send (lib/merchants): a name may resolve to a private address by now
    url = await assertPublicWebhookUrl(row.webhook.url, { allowPrivate: webhookPrivateHostsAllowed() });
  } catch (error) {
    return settle(row, "FAILED", "webhook-url-refused", error instanceof Error ? error.message : String(error)).then(() => "failed");
  }
  const event = await webhookEvent({ messageId: row.messageId, event: row.event, createdAt: row.createdAt, revisionId: row.revisionId, windowId: row.windowId });
  return record(row, await deliverWebhook(url, row.webhook.secret, event, { timeoutMs: notifySettings().webhookTimeoutMs }));
}
