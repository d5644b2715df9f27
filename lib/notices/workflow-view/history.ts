import "server-only";
import { db } from "@/lib/db";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";

// The console's history tab: every revision of a notice, whatever became of it
// (draft, submitted, rejected with its comment, approved, scheduled, published,
// superseded, discarded), each with what happened to it, by whom and when, read
// from the audit log (the one record of who did what).

export interface HistoryEvent {
  id: string;
  at: Date;
  action: string;
  actor: string | null;
  breakGlass: boolean;
  /** a rejection's comment, a withdrawal's reason … as the command recorded it */
  note: string | null;
}

export interface ConsoleHistoryRevision {
  id: string;
  number: number | null;
  status: RevisionStatus;
  titleJa: string;
  createdAt: Date;
  author: string | null;
  amendmentType: string | null;
  events: HistoryEvent[];
}

export interface ConsoleHistory {
  /** newest first */
  revisions: ConsoleHistoryRevision[];
  /** events of the notice itself (created, withdrawn …), newest first */
  noticeEvents: HistoryEvent[];
}

/** The note an event carries: the commands record a comment or a reason in its data. */
function noteOf(data: unknown): string | null {
  if (!data || typeof data !== "object") return null;
  const { comment, reason } = data as { comment?: unknown; reason?: unknown };
  return typeof comment === "string" ? comment : typeof reason === "string" ? reason : null;
}

export async function loadConsoleHistory(noticeId: string): Promise<ConsoleHistory> {
  const [revisions, events] = await Promise.all([
    db.revision.findMany({
      where: { noticeId },
      orderBy: { createdAt: "desc" },
      select: {
        id: true,
        number: true,
        status: true,
        titleJa: true,
        createdAt: true,
        author: { select: { name: true } },
        amendment: { select: { type: true } },
      },
    }),
    db.auditEvent.findMany({
      where: { noticeId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      select: { id: true, at: true, action: true, revisionId: true, breakGlass: true, data: true, actorLabel: true, actor: { select: { name: true } } },
    }),
  ]);
  const toEvent = (e: (typeof events)[number]): HistoryEvent => ({
    id: e.id,
    at: e.at,
    action: e.action,
    actor: e.actor?.name ?? e.actorLabel,
    breakGlass: e.breakGlass,
    note: noteOf(e.data),
  });
  return {
    revisions: revisions.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      titleJa: r.titleJa,
      createdAt: r.createdAt,
      author: r.author?.name ?? null,
      amendmentType: r.amendment?.type ?? null,
      events: events.filter((e) => e.revisionId === r.id).map(toEvent),
    })),
    noticeEvents: events.filter((e) => e.revisionId === null).map(toEvent),
  };
}
