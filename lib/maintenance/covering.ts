import "server-only";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// "Which published windows cover channel X between two instants": the question the
// channel rows were made for (issue 10). A window covers the channels it names and every
// channel of its revision's maintenance screen (lib/affected rule 2, window-channels.ts);
// both paths start from the channel's id and read an index on channelId
// (MaintenanceWindowChannel_channelId_idx, ScreenChannel_channelId_idx), then the
// windows' primary key. Written in SQL so that a test can EXPLAIN exactly this query.

export interface CoveringWindow {
  noticeId: string;
  slug: string;
  titleJa: string;
  revisionId: string;
  key: string;
  startsAt: Date;
  endsAt: Date;
}

// timestamps are stored as UTC without a zone (Prisma's DateTime): compare in UTC whatever the session's TimeZone
const utc = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/** The query of windowsCoveringChannel: scheduled windows of current published revisions overlapping [from, to). */
export function windowsCoveringChannelSql(channelKey: string, from: Date, to: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT n."id" AS "noticeId", n."slug", r."titleJa", w."revisionId", w."key", w."startsAt", w."endsAt"
      FROM "Channel" c
      JOIN LATERAL (
             SELECT wc."windowId" FROM "MaintenanceWindowChannel" wc WHERE wc."channelId" = c."id"
             UNION
             SELECT mw."id" FROM "ScreenChannel" sc
               JOIN "ScreenSettings" ss ON ss."id" = sc."screenId"
               JOIN "MaintenanceWindow" mw ON mw."revisionId" = ss."revisionId"
              WHERE sc."channelId" = c."id"
           ) x ON true
      JOIN "MaintenanceWindow" w ON w."id" = x."windowId"
      JOIN "Revision" r ON r."id" = w."revisionId" AND r."status" = 'PUBLISHED'
      JOIN "Notice" n ON n."id" = r."noticeId" AND n."state" = 'PUBLISHED' AND n."deletedAt" IS NULL
     WHERE c."key" = ${channelKey}
       AND w."status" = 'SCHEDULED' AND w."startsAt" < ${utc(to)} AND w."endsAt" > ${utc(from)}
     ORDER BY w."startsAt", n."slug", w."key"`;
}

/** Published, scheduled windows covering the channel at some instant in [from, to), earliest first. */
export async function windowsCoveringChannel(client: Db | Tx, channelKey: string, from: Date, to: Date): Promise<CoveringWindow[]> {
  return client.$queryRaw<CoveringWindow[]>(windowsCoveringChannelSql(channelKey, from, to));
}
