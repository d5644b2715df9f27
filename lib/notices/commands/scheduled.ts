import "server-only";
import { ActionError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import type { Publication } from "@/lib/notices/publish-hook";
import { contextFor } from "./context";
import { commandMessages as m } from "./messages";
import { publishRevision } from "./publish";

/** The earliest scheduled publication still to come, if any (the freshness loop wakes for it). */
export async function nextScheduledPublication(): Promise<Date | null> {
  const next = await db.revision.findFirst({ where: { status: "APPROVED", publishAt: { not: null } }, orderBy: { publishAt: "asc" }, select: { publishAt: true } });
  return next?.publishAt ?? null;
}

/**
 * Publishes every approved revision whose publishAt has come, each in its own
 * transaction through publishRevision, in the name of the user who scheduled it.
 * Several app instances run this at once: each takes a due revision with FOR UPDATE
 * SKIP LOCKED, so no two take the same one, and publishRevision's conditional update
 * refuses one that was published meanwhile. A publication the rules refuse (someone
 * published in between, the scheduler lost the approver role …) is unscheduled and
 * audited instead of being retried forever. Returns what was published, for the
 * publish hook, which the caller runs.
 */
export async function publishDueRevisions(): Promise<Publication[]> {
  // every tick of every instance asks: one indexed read, no transaction, when nothing is due
  if (!(await db.revision.findFirst({ where: { status: "APPROVED", publishAt: { lte: now() } }, select: { id: true } }))) return [];
  const published: Publication[] = [];
  const refused = new Set<string>();
  for (;;) {
    const outcome = await db.$transaction(
      async (tx) => {
        const [due] = await tx.$queryRaw<{ id: string; noticeId: string; version: number; scheduledById: string | null }[]>`
          SELECT "id", "noticeId", "version", "scheduledById" FROM "Revision"
           WHERE "status" = 'APPROVED' AND "publishAt" <= ${now()} AND NOT ("id" = ANY(${[...refused]}::text[]))
           ORDER BY "publishAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
        if (!due) return null;
        try {
          if (!due.scheduledById) throw new ActionError(m.approverOnly);
          const context = await contextFor(tx, due.scheduledById);
          // a savepoint: a refusal rolls back the attempt, not the unscheduling below
          await tx.$executeRaw`SAVEPOINT scheduled_publication`;
          try {
            const result = await publishRevision(context, { revisionId: due.id, version: due.version });
            return { published: result.published };
          } catch (error) {
            await tx.$executeRaw`ROLLBACK TO SAVEPOINT scheduled_publication`;
            throw error;
          }
        } catch (error) {
          if (!(error instanceof ActionError)) throw error;
          await tx.revision.update({ where: { id: due.id }, data: { publishAt: null, scheduledById: null, version: { increment: 1 } } });
          await audit(tx, {
            actor: due.scheduledById ? { userId: due.scheduledById } : { label: "scheduler" },
            action: "revision.schedule-failed",
            entityType: "Revision",
            entityId: due.id,
            noticeId: due.noticeId,
            revisionId: due.id,
            data: { reason: m.scheduledPublicationFailed(error.message) },
          });
          return { refused: due.id };
        }
      },
      { timeout: 30_000 },
    );
    if (!outcome) return published;
    if ("refused" in outcome) refused.add(outcome.refused!);
    else published.push(...outcome.published);
  }
}
