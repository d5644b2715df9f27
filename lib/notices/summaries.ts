import "server-only";
import { now } from "@/lib/clock";
import { listPublications, listPublishedNotices } from "./queries";
import { latestVisibleAmendment, noticeStatus, type NoticeStatus } from "./derive";
import type { AmendmentType, NoticeKind } from "@/lib/generated/prisma/enums";

export interface NoticeSummary {
  slug: string;
  kind: NoticeKind;
  title: { ja: string; en: string | null };
  windows: { key: string; startsAt: Date; endsAt: Date; status: "SCHEDULED" | "CANCELLED" }[];
  status: NoticeStatus;
  firstPublishedAt: Date;
  updatedAt: Date;
  /** the latest amendment readers are told about (not 表記修正) */
  amendment: { type: AmendmentType; publishedAt: Date } | null;
  services: { key: string; nameJa: string; nameEn: string | null }[];
}

/** Published notices with their derived status, newest window first. */
export async function noticeSummaries(at: Date = now()): Promise<NoticeSummary[]> {
  const notices = await listPublishedNotices();
  const history = await listPublications(notices.map((n) => n.id));
  return notices
    .flatMap((notice) => {
      const revision = notice.revisions[0];
      if (!revision) return [];
      const published = history.filter((h) => h.noticeId === notice.id);
      const amendments = published.flatMap((h) => (h.amendment && h.publishedAt ? [{ type: h.amendment.type, publishedAt: h.publishedAt }] : []));
      const amendment = latestVisibleAmendment(amendments);
      const first = published.find((h) => h.number === 1)?.publishedAt ?? revision.publishedAt!;
      const services = new Map<string, NoticeSummary["services"][number]>();
      for (const section of revision.sections)
        for (const block of section.blocks)
          for (const row of block.table?.rows ?? [])
            for (const cell of row.cells)
              for (const ref of cell.refs) {
                // a channel is an integration method of a service: naming it affects that service
                const service = ref.service ?? ref.channel?.service;
                if (service) services.set(service.key, service);
              }
      const summary: NoticeSummary = {
        slug: notice.slug,
        kind: notice.kind,
        title: { ja: revision.titleJa, en: revision.titleEn },
        windows: revision.windows,
        status: noticeStatus(revision.windows, at),
        firstPublishedAt: first,
        updatedAt: amendment?.publishedAt ?? first,
        amendment,
        services: [...services.values()],
      };
      return [summary];
    })
    .sort((a, b) => (b.windows[0]?.startsAt.getTime() ?? 0) - (a.windows[0]?.startsAt.getTime() ?? 0));
}
