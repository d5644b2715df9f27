import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionStatus } from "@/lib/generated/prisma/enums";

// The notice as the console's notice pages see it: the notice, its published
// revision, and the revision being worked on (a first draft or an amendment draft,
// submitted, rejected or approved). The layout (header, workflow buttons) and the
// tabs read it; one database read per request (React cache).

/** Revision states that are still being worked on; at most one per notice is shown as "the" working revision. */
export const openStatuses = ["DRAFT", "SUBMITTED", "APPROVED", "REJECTED"] as const satisfies readonly RevisionStatus[];

const revisionSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  titleJa: true,
  basedOnId: true,
  authorId: true,
  submittedById: true,
  approvedById: true,
  publishAt: true,
  publishedAt: true,
  rejectionComment: true,
  rejectedBy: { select: { name: true } },
  /** everyone who wrote or saved it: none of them may approve it (four eyes) */
  editors: { select: { userId: true } },
  createdAt: true,
  updatedAt: true,
  amendment: { select: { type: true, summaryJa: true, summaryEn: true, sectionKeys: true, windowKeys: true } },
  windows: { orderBy: { position: "asc" }, select: { key: true, startsAt: true, endsAt: true, status: true } },
  sections: { orderBy: [{ kind: "asc" }, { position: "asc" }], select: { key: true, kind: true, headingJa: true } },
} satisfies Prisma.RevisionSelect;

export type WorkflowRevision = Prisma.RevisionGetPayload<{ select: typeof revisionSelect }>;

export interface NoticeWorkflow {
  id: string;
  slug: string;
  kind: Prisma.NoticeGetPayload<object>["kind"];
  state: Prisma.NoticeGetPayload<object>["state"];
  withdrawnAt: Date | null;
  /** the public revision, if the notice was ever published */
  published: WorkflowRevision | null;
  /** the newest revision still being worked on; null when there is none */
  working: WorkflowRevision | null;
  /** the highest published number: the amendment draft will be number + 1 */
  latestNumber: number | null;
}

async function load(noticeId: string): Promise<NoticeWorkflow | null> {
  const notice = await db.notice.findFirst({
    where: { id: noticeId, deletedAt: null },
    select: {
      id: true,
      slug: true,
      kind: true,
      state: true,
      withdrawnAt: true,
      revisions: { where: { status: { not: "DISCARDED" } }, orderBy: { createdAt: "asc" }, select: revisionSelect },
    },
  });
  if (!notice) return null;
  const { revisions, ...rest } = notice;
  const open: readonly RevisionStatus[] = openStatuses;
  return {
    ...rest,
    published: revisions.find((r) => r.status === "PUBLISHED") ?? null,
    working: revisions.findLast((r) => open.includes(r.status)) ?? null,
    latestNumber: revisions.reduce<number | null>((max, r) => (r.number !== null && (max === null || r.number > max) ? r.number : max), null),
  };
}

/** The notice for the console's notice pages, or null (unknown id, or a discarded draft). */
export const loadNoticeWorkflow = cache(load);

/** The revision the header and the tabs are about: the working one, else the published one. */
export const currentRevision = (n: NoticeWorkflow) => n.working ?? n.published;
