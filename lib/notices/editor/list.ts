import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { noticeKinds } from "@/lib/notices/content/schema";

// The console's notice list: every notice that is not deleted, newest change first,
// filtered by state and kind and searched in the title (ja/en) and slug.

export const noticeListQuerySchema = z.object({
  state: z.enum(["DRAFT", "PUBLISHED", "WITHDRAWN"]).optional(),
  kind: z.enum(noticeKinds).optional(),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type NoticeListQuery = z.output<typeof noticeListQuerySchema>;

export const pageSize = 50;

/** The search parameters as a query; null when one is malformed (the page answers 404). */
export function parseNoticeListQuery(params: Record<string, string | string[] | undefined>): NoticeListQuery | null {
  const single = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const parsed = noticeListQuerySchema.safeParse(single);
  return parsed.success ? parsed.data : null;
}

export async function listNotices(query: NoticeListQuery) {
  const q = query.q || undefined;
  const where: Prisma.NoticeWhereInput = {
    deletedAt: null,
    ...(query.state ? { state: query.state } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(q
      ? {
          OR: [
            { slug: { contains: q, mode: "insensitive" } },
            { revisions: { some: { status: { not: "DISCARDED" }, OR: [{ titleJa: { contains: q, mode: "insensitive" } }, { titleEn: { contains: q, mode: "insensitive" } }] } } },
          ],
        }
      : {}),
  };
  const [total, notices] = await Promise.all([
    db.notice.count({ where }),
    db.notice.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        slug: true,
        kind: true,
        state: true,
        updatedAt: true,
        revisions: {
          where: { status: { not: "DISCARDED" } },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { titleJa: true, status: true, updatedAt: true, author: { select: { name: true } } },
        },
      },
    }),
  ]);
  return {
    total,
    notices: notices.map(({ revisions, ...n }) => ({ ...n, latest: revisions[0] ?? null })),
  };
}
