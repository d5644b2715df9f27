import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AmendmentType, SendEvent } from "@/lib/generated/prisma/enums";

// A notice's send log summed up as evidence, one line per revision and message:
// "第2報 (追記) 2026-07-23 10:00: 12 merchants told by mail, 3 webhooks, 0 failed".
// Counted in SQL from the rows (never stored: the rows are the record).

export interface MessageEvidence {
  event: SendEvent;
  windowKey: string | null;
  /** distinct merchants with a mail SENT */
  merchantsMailed: number;
  /** distinct subscribers with a mail SENT */
  subscribersMailed: number;
  webhooksSent: number;
  queued: number;
  failed: number;
  suppressed: number;
  /** why nobody was told (the SKIPPED rows' reasons) */
  skipped: string[];
  firstAt: Date;
}

export interface RevisionEvidence {
  id: string;
  number: number;
  amendmentType: AmendmentType | null;
  publishedAt: Date | null;
  messages: MessageEvidence[];
}

interface Row {
  revisionId: string;
  event: SendEvent;
  windowKey: string | null;
  merchantsMailed: bigint;
  subscribersMailed: bigint;
  webhooksSent: bigint;
  queued: bigint;
  failed: bigint;
  suppressed: bigint;
  skipped: string[] | null;
  firstAt: Date;
}

/** Every published revision of the notice, newest first, each with its messages' evidence (or only `revisionNumber`'s). */
export async function noticeEvidence(noticeId: string, revisionNumber?: number): Promise<RevisionEvidence[]> {
  const revisions = await db.revision.findMany({
    where: { noticeId, number: revisionNumber ?? { not: null } },
    orderBy: { number: "desc" },
    select: { id: true, number: true, publishedAt: true, amendment: { select: { type: true } } },
  });
  if (!revisions.length) return [];
  const rows = await db.$queryRaw<Row[]>`
    SELECT s."revisionId", s."event", w."key" AS "windowKey",
      COUNT(DISTINCT s."merchantId") FILTER (WHERE s."channel" = 'EMAIL' AND s."status" = 'SENT') AS "merchantsMailed",
      COUNT(DISTINCT s."subscriberId") FILTER (WHERE s."channel" = 'EMAIL' AND s."status" = 'SENT') AS "subscribersMailed",
      COUNT(*) FILTER (WHERE s."channel" = 'WEBHOOK' AND s."status" = 'SENT') AS "webhooksSent",
      COUNT(*) FILTER (WHERE s."status" = 'QUEUED') AS "queued",
      COUNT(*) FILTER (WHERE s."status" = 'FAILED') AS "failed",
      COUNT(*) FILTER (WHERE s."status" = 'SUPPRESSED') AS "suppressed",
      ARRAY_AGG(DISTINCT COALESCE(s."reason", '')) FILTER (WHERE s."status" = 'SKIPPED') AS "skipped",
      MIN(s."createdAt") AS "firstAt"
    FROM "SendLog" s LEFT JOIN "MaintenanceWindow" w ON w."id" = s."windowId"
    WHERE s."revisionId" IN (${Prisma.join(revisions.map((r) => r.id))})
    GROUP BY s."revisionId", s."event", w."key"
    ORDER BY MIN(s."createdAt")`;
  return revisions.map((revision) => ({
    id: revision.id,
    number: revision.number!,
    amendmentType: revision.amendment?.type ?? null,
    publishedAt: revision.publishedAt,
    messages: rows
      .filter((row) => row.revisionId === revision.id)
      .map((row) => ({
        event: row.event,
        windowKey: row.windowKey,
        merchantsMailed: Number(row.merchantsMailed),
        subscribersMailed: Number(row.subscribersMailed),
        webhooksSent: Number(row.webhooksSent),
        queued: Number(row.queued),
        failed: Number(row.failed),
        suppressed: Number(row.suppressed),
        skipped: row.skipped ?? [],
        firstAt: row.firstAt,
      })),
  }));
}
