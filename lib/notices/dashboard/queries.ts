import "server-only";
import type { Db } from "@/lib/db";
import type { NoticeKind, RevisionStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";

// The dashboard's lists (issue 9 "Workflow"): what a staff member has to do next and
// what the public sees right now. Each list is one query, bounded, newest or soonest
// first; the page only renders them.

/** One line of a dashboard list: a revision of a notice, and the instant the list is about. */
export interface DashboardItem {
  noticeId: string;
  revisionId: string;
  slug: string;
  kind: NoticeKind;
  titleJa: string;
  status: RevisionStatus;
  /** an amendment of a published notice (not its first revision) */
  amendment: boolean;
  /** the instant the list orders by: last edit, submission, scheduled time, window end, publication */
  at: Date | null;
  /** who the line is about: the author of a submission, the publisher of a publication */
  by: string | null;
}

/** A break-glass publication awaiting approval afterwards: its audit event is what the review marks. */
export interface BreakGlassItem extends DashboardItem {
  eventId: string;
  /** who used break glass (null: the offline maintenance command): they may not review it */
  publisherId: string | null;
}

export interface Dashboard {
  myDrafts: DashboardItem[];
  /** null: the user is no approver, so the list is not theirs */
  awaitingMyReview: DashboardItem[] | null;
  scheduled: DashboardItem[];
  inMaintenanceNow: DashboardItem[];
  recentlyPublished: DashboardItem[];
}

/** How many lines a list shows at most; the notice list has the rest. */
export const DASHBOARD_LIMIT = 20;

const select = {
  id: true,
  status: true,
  titleJa: true,
  basedOnId: true,
  updatedAt: true,
  submittedAt: true,
  publishAt: true,
  publishedAt: true,
  author: { select: { name: true } },
  publishedBy: { select: { name: true } },
  notice: { select: { id: true, slug: true, kind: true } },
} satisfies Prisma.RevisionSelect;

type Row = Prisma.RevisionGetPayload<{ select: typeof select }>;

const item = (row: Row, at: Date | null, by: string | null = null): DashboardItem => ({
  noticeId: row.notice.id,
  revisionId: row.id,
  slug: row.notice.slug,
  kind: row.notice.kind,
  titleJa: row.titleJa,
  status: row.status,
  amendment: row.basedOnId !== null,
  at,
  by,
});

/** Revisions of notices that still exist (a discarded draft's notice is soft-deleted). */
const live = { notice: { deletedAt: null } } satisfies Prisma.RevisionWhereInput;

/** Drafts the user wrote or edited, and those sent back (rejected), last edited first. */
export async function myDrafts(client: Db, userId: string): Promise<DashboardItem[]> {
  const rows = await client.revision.findMany({
    where: { ...live, OR: [{ authorId: userId }, { editors: { some: { userId } } }], status: { in: ["DRAFT", "REJECTED"] } },
    orderBy: { updatedAt: "desc" },
    take: DASHBOARD_LIMIT,
    select,
  });
  return rows.map((r) => item(r, r.updatedAt));
}

/**
 * Submitted revisions the user may approve: never their own (four eyes, Decision 5:
 * not written, submitted or edited by them), oldest submission first.
 */
export async function awaitingReview(client: Db, userId: string): Promise<DashboardItem[]> {
  const rows = await client.revision.findMany({
    where: {
      ...live,
      status: "SUBMITTED",
      NOT: [{ authorId: userId }, { submittedById: userId }, { editors: { some: { userId } } }],
    },
    orderBy: { submittedAt: "asc" },
    take: DASHBOARD_LIMIT,
    select,
  });
  return rows.map((r) => item(r, r.submittedAt, r.author?.name ?? null));
}

/** Approved revisions waiting for their publication time, soonest first. */
export async function scheduled(client: Db): Promise<DashboardItem[]> {
  const rows = await client.revision.findMany({
    where: { ...live, status: "APPROVED", publishAt: { not: null } },
    orderBy: { publishAt: "asc" },
    take: DASHBOARD_LIMIT,
    select,
  });
  return rows.map((r) => item(r, r.publishAt));
}

/**
 * Published notices with a window covering `at` (not cancelled): what the public and
 * the maintenance screen show as in progress now. `at` is the window's end.
 */
export async function inMaintenanceNow(client: Db, at: Date): Promise<DashboardItem[]> {
  const covering = { status: "SCHEDULED", startsAt: { lte: at }, endsAt: { gt: at } } satisfies Prisma.MaintenanceWindowWhereInput;
  const rows = await client.revision.findMany({
    where: { status: "PUBLISHED", notice: { state: "PUBLISHED", deletedAt: null }, windows: { some: covering } },
    select: { ...select, windows: { where: covering, orderBy: { endsAt: "desc" }, take: 1, select: { endsAt: true } } },
    take: DASHBOARD_LIMIT,
  });
  return rows.map((r) => item(r, r.windows[0]!.endsAt)).sort((a, b) => a.at!.getTime() - b.at!.getTime());
}

/** The latest publications (first ones and amendments), newest first, with who published them. */
export async function recentlyPublished(client: Db): Promise<DashboardItem[]> {
  const rows = await client.revision.findMany({
    where: { ...live, status: { in: ["PUBLISHED", "SUPERSEDED"] }, publishedAt: { not: null } },
    orderBy: { publishedAt: "desc" },
    take: DASHBOARD_LIMIT,
    select,
  });
  return rows.map((r) => item(r, r.publishedAt, r.publishedBy?.name ?? null));
}

/**
 * Break-glass publications nobody has approved afterwards yet (Decision 5: "marked for
 * approval afterwards … and admins are told"): every use of the maintenance controls
 * and every 緊急/障害 notice published alone, newest first, with who published it: the
 * list shows at most DASHBOARD_LIMIT, and the emergency in progress must be among them
 * (oldest first, twenty unreviewed older ones hid the new ones).
 */
export async function breakGlassAwaitingReview(client: Db): Promise<BreakGlassItem[]> {
  const events = await client.auditEvent.findMany({
    where: { action: "revision.publish", breakGlass: true, reviewedAt: null },
    orderBy: { at: "desc" },
    take: DASHBOARD_LIMIT,
    select: { id: true, at: true, revisionId: true, actorId: true },
  });
  const rows = await client.revision.findMany({ where: { ...live, id: { in: events.map((e) => e.revisionId!).filter(Boolean) } }, select });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return events.flatMap((e) => {
    const row = e.revisionId ? byId.get(e.revisionId) : undefined;
    return row ? [{ ...item(row, e.at, row.publishedBy?.name ?? null), eventId: e.id, publisherId: e.actorId }] : [];
  });
}

/** Every list of the dashboard for this user at `at`; the review queue only for approvers. */
export async function loadDashboard(client: Db, user: { id: string; roles: readonly string[] }, at: Date): Promise<Dashboard> {
  const [mine, review, waiting, now, recent] = await Promise.all([
    myDrafts(client, user.id),
    user.roles.includes("APPROVER") ? awaitingReview(client, user.id) : Promise.resolve(null),
    scheduled(client),
    inMaintenanceNow(client, at),
    recentlyPublished(client),
  ]);
  return { myDrafts: mine, awaitingMyReview: review, scheduled: waiting, inMaintenanceNow: now, recentlyPublished: recent };
}
