// Snapshots for the unit tests of the maintenance state (no database): notices made from
// real contents (the seeds') with their impact derived as publication derives it.
import { impactOf } from "@/lib/affected/test-fixtures";
import { revisionContentSchema, type RevisionContentInput } from "@/lib/notices/content/schema";
import * as catalog from "@/prisma/seed/catalog";
import { SNAPSHOT_VERSION, type MaintenanceSnapshot, type ScreenTexts, type SnapshotNotice } from "./types";

export const defaultTexts: ScreenTexts = {
  errorCode: "Z010000000",
  heading: { ja: "既定の見出し", en: "Default heading" },
  message: { ja: "既定のメッセージ", en: null },
  periodLabel: { ja: "期間", en: "Period" },
  periodStyle: "SCREEN",
  inlineMessage: { ja: "既定のインラインメッセージ", en: "Default inline message" },
  contactLabel: { ja: "お問い合わせ", en: "Contact" },
  contactLines: { ja: ["窓口"], en: [] },
};

/** A published notice as the snapshot holds it, from a revision's content. */
export function snapshotNotice(slug: string, input: RevisionContentInput): SnapshotNotice {
  const content = revisionContentSchema.parse(input);
  const screen = content.screen;
  return {
    slug,
    title: { ja: content.title.ja, en: content.title.en ?? null },
    windows: content.windows
      .filter((w) => w.status === "SCHEDULED")
      .map((w) => ({ key: w.key, start: w.startsAt.toISOString(), end: w.endsAt.toISOString(), channelKeys: w.channelKeys })),
    screen: screen
      ? {
          errorCode: screen.errorCode,
          heading: { ja: screen.heading.ja, en: screen.heading.en ?? null },
          message: { ja: screen.message.ja, en: screen.message.en ?? null },
          periodLabel: { ja: screen.periodLabel.ja, en: screen.periodLabel.en ?? null },
          periodStyle: screen.periodStyle,
          inlineMessage: { ja: screen.inlineMessage.ja, en: screen.inlineMessage.en ?? null },
          contactLabel: { ja: screen.contactLabel.ja, en: screen.contactLabel.en ?? null },
          contactLines: screen.contactLines,
          modalBehavior: screen.modalBehavior,
          resendRequired: screen.resendRequired,
          channelKeys: screen.channelKeys,
        }
      : null,
    issuer: { nameJa: "ヤマトフィナンシャル株式会社", nameEn: null, logoPath: null, copyrightJa: null, copyrightEn: null },
    impact: impactOf(input).result,
  };
}

/** A small notice with no maintenance screen whose one window covers `channelKeys`. */
export function minimalContentAt(startsAt: string, endsAt: string, channelKeys: string[]): RevisionContentInput {
  return {
    title: { ja: "テストメンテナンスのお知らせ" },
    lead: { ja: "平素は格別のご高配を賜り、厚く御礼申し上げます。" },
    merchantAction: { level: "NONE" },
    contactKey: "customer-service",
    windows: [{ key: "main", startsAt, endsAt, channelKeys }],
    sections: [{ key: "content", heading: { ja: "メンテナンス実施内容" }, blocks: [{ type: "PROSE", body: { ja: "作業を行います。" } }] }],
  };
}

export function snapshotOf(notices: SnapshotNotice[], takenAt = "2019-01-01T00:00:00.000Z"): MaintenanceSnapshot {
  return { version: SNAPSHOT_VERSION, takenAt, channels: catalog.channels.map((c) => c.key), defaults: defaultTexts, notices };
}
