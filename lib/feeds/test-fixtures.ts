// Plain-data notices for the unit tests of the feed builders (no database).
import { impactOf } from "@/lib/affected/test-fixtures";
import * as notice000 from "@/prisma/seed/notice-000";
import { toFeedNotice, type FeedNoticeInput } from "./feed-notice";

/** Notice 000's impact as publication stores it, from the seeded catalog. */
export const impact000 = () => impactOf(notice000.revision2);

type Amendment = NonNullable<FeedNoticeInput["history"][number]["amendment"]>;

/** A 定期 notice with one window, first published on 6/22 and amended as given. */
export function feedNotice(amendments: { type: Amendment["type"]; at: string; summary?: string }[] = [], overrides: Partial<FeedNoticeInput> = {}) {
  return toFeedNotice({
    slug: "2019-07-29-webcollect-scheduled-maintenance",
    kind: "SCHEDULED",
    changedAt: new Date("2019-06-22T01:00:00Z"),
    issuer: { nameJa: "ヤマトフィナンシャル株式会社", nameEn: "Yamato Financial Co., Ltd." },
    history: [
      { number: 1, publishedAt: new Date("2019-06-22T01:00:00Z"), publishedAtKnown: true, amendment: null },
      ...amendments.map((a, i) => ({
        number: i + 2,
        publishedAt: new Date(a.at),
        publishedAtKnown: true,
        amendment: { type: a.type, summaryJa: a.summary ?? "「3. 遅延について」を追記", summaryEn: "Added section 3 on delays" },
      })),
    ],
    current: {
      titleJa: "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ",
      titleEn: "Kuroneko Web Collect scheduled system maintenance (29 July)",
      windows: [
        { key: "main", startsAt: new Date("2019-07-28T17:00:00Z"), endsAt: new Date("2019-07-28T22:00:00Z"), status: "SCHEDULED", channelKeys: [] },
      ],
      impact: impact000(),
    },
    ...overrides,
  });
}

/** Notice 001 as backfilled: its letter states no publication date, so only the backfill's instant is known. */
export function undatedNotice(backfilledAt = "2026-11-29T03:00:00Z") {
  return feedNotice([], {
    slug: "2020-04-20-webcollect-extraordinary-maintenance",
    kind: "EXTRAORDINARY",
    changedAt: new Date(backfilledAt),
    history: [{ number: 1, publishedAt: new Date(backfilledAt), publishedAtKnown: false, amendment: null }],
  });
}
