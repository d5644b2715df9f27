import "server-only";
import { createHmac } from "node:crypto";
import { affectedForRevision } from "@/lib/affected/read";
import type { AffectedKeys } from "@/lib/affected/types";
import { db } from "@/lib/db";
import type { SendEvent } from "@/lib/generated/prisma/enums";
import { siteUrl } from "@/lib/site-url";
import type { DeliveryOutcome } from "./transport";

// Webhooks for merchant systems (issue 11), signed the Standard Webhooks way
// (https://www.standardwebhooks.com): headers webhook-id, webhook-timestamp (Unix
// seconds) and webhook-signature "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>"
// keyed with the webhook's secret (its UTF-8 bytes, as the console showed it). The id is
// the SendLog's messageId: the same on every retry, so a receiver drops a repeat.
// Documented in public/openapi.yaml (webhooks: maintenanceNotice).

export const webhookTypes: Record<SendEvent, string> = {
  PUBLICATION: "notice.published",
  REMINDER: "window.reminder",
  WINDOW_START: "window.started",
  WINDOW_END: "window.ended",
};

export interface WebhookEvent {
  id: string;
  type: string;
  /** when the message became due (the SendLog row's creation), ISO 8601 */
  createdAt: string;
  notice: { slug: string; url: { ja: string; en: string }; title: { ja: string; en: string | null } };
  revision: { number: number; amendment: { type: string; summary: { ja: string; en: string | null } } | null };
  /** every window of the revision; `window` names the one a reminder, start or end is about */
  windows: { key: string; startsAt: string; endsAt: string; status: string }[];
  window: string | null;
  /** what stops, by catalog key (the API's `affected`) */
  affected: AffectedKeys;
}

/** The event a SendLog row sends, from the published revision it names. */
export async function webhookEvent(row: { messageId: string; event: SendEvent; createdAt: Date; revisionId: string; windowId: string | null }): Promise<WebhookEvent> {
  const revision = await db.revision.findUniqueOrThrow({
    where: { id: row.revisionId },
    select: {
      number: true,
      titleJa: true,
      titleEn: true,
      notice: { select: { slug: true } },
      amendment: { select: { type: true, summaryJa: true, summaryEn: true } },
      windows: { orderBy: { position: "asc" }, select: { id: true, key: true, startsAt: true, endsAt: true, status: true } },
    },
  });
  if (revision.number === null) throw new Error(`webhookEvent: revision ${row.revisionId} was never published`);
  const impact = await affectedForRevision(row.revisionId);
  if (!impact) throw new Error(`webhookEvent: published revision ${row.revisionId} has no RevisionImpact`);
  const path = `/notices/${revision.notice.slug}`;
  return {
    id: row.messageId,
    type: webhookTypes[row.event],
    createdAt: row.createdAt.toISOString(),
    notice: { slug: revision.notice.slug, url: { ja: siteUrl(path), en: siteUrl(`/en${path}`) }, title: { ja: revision.titleJa, en: revision.titleEn } },
    revision: {
      number: revision.number,
      amendment: revision.amendment ? { type: revision.amendment.type, summary: { ja: revision.amendment.summaryJa, en: revision.amendment.summaryEn } } : null,
    },
    windows: revision.windows.map((w) => ({ key: w.key, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString(), status: w.status })),
    window: revision.windows.find((w) => w.id === row.windowId)?.key ?? null,
    affected: impact.result.affected,
  };
}

/** The Standard Webhooks signature header's value for this id, timestamp and body. */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("base64")}`;
}

/** POSTs the event; a 2xx answer is delivered, anything else (another status, a timeout, a refused connection) is retried. */
export async function deliverWebhook(url: URL, secret: string, event: WebhookEvent, { timeoutMs, at = new Date() }: { timeoutMs: number; at?: Date }): Promise<DeliveryOutcome> {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(at.getTime() / 1000);
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "maintenance-notices-webhooks/1",
        "webhook-id": event.id,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": webhookSignature(secret, event.id, timestamp, body),
      },
      body,
      redirect: "manual", // a redirect could lead to a private host the URL rule refused
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => {});
    const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`;
    return response.status >= 200 && response.status < 300 ? { ok: true, response: status } : { ok: false, permanent: false, response: status };
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, permanent: false, response: [cause?.code, cause?.message ?? (error instanceof Error ? error.message : String(error))].filter(Boolean).join(": ") };
  }
}
