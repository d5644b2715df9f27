import "server-only";
import type { Db } from "@/lib/db";
import { publishedImpact } from "@/lib/affected/read";
import type { PeriodStyle } from "@/lib/format/period-style";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { storedChannelKeys, windowChannelRows } from "./window-channels";
import { SNAPSHOT_VERSION, type MaintenanceSnapshot, type ScreenTexts, type SnapshotNotice } from "./types";

// Reads the maintenance snapshot from the database: the current published revision of
// every public notice with a scheduled window ending after `endsAfter`, as its latest
// amendment leaves the windows (extended, cancelled, added: Decision 4). Four queries,
// whatever the number of notices.

const text = (ja: string, en: string | null) => ({ ja, en });

type TextRow = {
  headingJa: string; headingEn: string | null; messageJa: string; messageEn: string | null; periodLabelJa: string; periodLabelEn: string | null; periodStyle: PeriodStyle;
  inlineMessageJa: string; inlineMessageEn: string | null; contactLabelJa: string; contactLabelEn: string | null; contactLinesJa: string[]; contactLinesEn: string[];
  errorCode: string;
};

function screenTexts(row: TextRow): ScreenTexts {
  return {
    errorCode: row.errorCode,
    heading: text(row.headingJa, row.headingEn),
    message: text(row.messageJa, row.messageEn),
    periodLabel: text(row.periodLabelJa, row.periodLabelEn),
    periodStyle: row.periodStyle,
    inlineMessage: text(row.inlineMessageJa, row.inlineMessageEn),
    contactLabel: text(row.contactLabelJa, row.contactLabelEn),
    contactLines: { ja: row.contactLinesJa, en: row.contactLinesEn },
  };
}

const scheduledAfter = (endsAfter: Date) => ({ status: "SCHEDULED", endsAt: { gt: endsAfter } }) satisfies Prisma.MaintenanceWindowWhereInput;

export async function loadMaintenanceSnapshot(client: Db, endsAfter: Date): Promise<MaintenanceSnapshot> {
  const revisions = await client.revision.findMany({
    where: { status: "PUBLISHED", notice: { state: "PUBLISHED", deletedAt: null }, windows: { some: scheduledAfter(endsAfter) } },
    include: {
      notice: { select: { slug: true, issuer: true } },
      impact: { select: { result: true, names: true } },
      // every scheduled window, not only those ending later: all of them are the notice's state
      windows: { where: { status: "SCHEDULED" }, orderBy: { position: "asc" }, include: windowChannelRows },
      screen: { include: { channels: { orderBy: { channel: { sortOrder: "asc" } }, select: { channel: { select: { key: true } } } } } },
    },
    orderBy: { notice: { slug: "asc" } },
  });
  const channels = await client.channel.findMany({ where: { archivedAt: null }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { key: true } });
  const issuerKey = process.env.SITE_ISSUER_KEY;
  const defaults = await client.screenDefaults.findFirst({ where: issuerKey ? { issuer: { key: issuerKey } } : {}, orderBy: { issuer: { key: "asc" } } });

  const notices = revisions.map((r): SnapshotNotice => {
    // the issuer the revision was published under (Decision 2), not today's record
    const issuer = (r.issuerSnapshot as IssuerSnapshot | null) ?? r.notice.issuer;
    return {
      slug: r.notice.slug,
      title: text(r.titleJa, r.titleEn),
      windows: r.windows.map((w) => ({ key: w.key, start: w.startsAt.toISOString(), end: w.endsAt.toISOString(), channelKeys: storedChannelKeys(w) })),
      screen: r.screen
        ? {
            ...screenTexts(r.screen),
            modalBehavior: r.screen.modalBehavior,
            resendRequired: r.screen.resendRequired,
            channelKeys: r.screen.channels.map((c) => c.channel.key),
          }
        : null,
      issuer: { nameJa: issuer.nameJa, nameEn: issuer.nameEn, logoPath: issuer.logoPath, copyrightJa: issuer.copyrightJa, copyrightEn: issuer.copyrightEn },
      impact: publishedImpact(r).result,
    };
  });
  return {
    version: SNAPSHOT_VERSION,
    takenAt: endsAfter.toISOString(),
    channels: channels.map((c) => c.key),
    defaults: defaults && { ...screenTexts(defaults), frameAncestors: defaults.frameAncestors },
    notices,
  };
}
