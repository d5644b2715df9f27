import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditQuery } from "./query";

export const AUDIT_PAGE_SIZE = 50;
const DAY = 24 * 3_600_000;

export type AuditFilterError = { field: "notice" | "user"; message: "notice" | "user" };

/** One page of audit events for the filters, newest first, with who acted and which notice and revision. */
export async function readAuditPage(query: AuditQuery) {
  const where: Prisma.AuditEventWhereInput = {};
  if (query.notice) {
    const notice = await db.notice.findUnique({ where: { slug: query.notice }, select: { id: true } });
    if (!notice) return { error: { field: "notice", message: "notice" } as AuditFilterError };
    where.noticeId = notice.id;
  }
  if (query.user) where.actorId = query.user;
  if (query.action) where.action = query.action;
  if (query.from || query.to) where.at = { ...(query.from ? { gte: query.from.start } : {}), ...(query.to ? { lt: new Date(query.to.start.getTime() + DAY) } : {}) };

  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const noticeIds = [...new Set(events.flatMap((e) => (e.noticeId ? [e.noticeId] : [])))];
  const revisionIds = [...new Set(events.flatMap((e) => (e.revisionId ? [e.revisionId] : [])))];
  const [notices, revisions] = await Promise.all([
    db.notice.findMany({ where: { id: { in: noticeIds } }, select: { id: true, slug: true } }),
    db.revision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, number: true, titleJa: true } }),
  ]);
  const noticeById = new Map(notices.map((n) => [n.id, n]));
  const revisionById = new Map(revisions.map((r) => [r.id, r]));
  return {
    total,
    lastPage: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    events: events.map((event) => ({
      ...event,
      notice: event.noticeId ? (noticeById.get(event.noticeId) ?? null) : null,
      revision: event.revisionId ? (revisionById.get(event.revisionId) ?? null) : null,
    })),
  };
}

/** The filter's choices: every user who ever acted or exists, and every action recorded. */
export async function auditFilterChoices() {
  const [users, actions] = await Promise.all([
    db.user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, email: true } }),
    db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { users, actions: actions.map((a) => a.action) };
}
