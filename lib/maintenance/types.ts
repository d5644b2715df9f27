// The maintenance snapshot (issue 10): every published window that is in force or still
// to come, with the frozen screen texts of its revision, the admin's default texts, and
// the channel list. The zod schema is the types' single source: the file written to disk
// is parsed with it when an instance reads it back (a database outage, a restart).
import { z } from "zod";
import { affectedResultSchema } from "@/lib/affected/types";
import { DEFAULT_PERIOD_STYLE, PERIOD_STYLES } from "@/lib/format/period-style";

const text = z.object({ ja: z.string(), en: z.string().nullable() });
export type ScreenText = z.infer<typeof text>;

/** What the screens show: the revision's frozen texts (Decision 2) or the admin's defaults. */
export const screenTextsSchema = z.object({
  errorCode: z.string(),
  heading: text,
  message: text,
  periodLabel: text,
  /** a snapshot file written before the style could be chosen holds none: those screens used SCREEN */
  periodStyle: z.enum(PERIOD_STYLES).default(DEFAULT_PERIOD_STYLE),
  inlineMessage: text,
  contactLabel: text,
  contactLines: z.object({ ja: z.array(z.string()), en: z.array(z.string()) }),
});
export type ScreenTexts = z.infer<typeof screenTextsSchema>;

export const snapshotWindowSchema = z.object({
  key: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  /** channels the window names itself (read them through windowChannelKeys) */
  channelKeys: z.array(z.string()),
});
export type SnapshotWindow = z.infer<typeof snapshotWindowSchema>;

/** A published notice with a scheduled window ending after the snapshot was taken, as its current revision has it. */
export const snapshotNoticeSchema = z.object({
  slug: z.string(),
  title: text,
  /** scheduled windows only (a cancelled window shows no screen), in the revision's order */
  windows: z.array(snapshotWindowSchema),
  /** null: the revision has no maintenance screen settings (its windows then use the defaults' texts) */
  screen: screenTextsSchema
    .extend({ modalBehavior: z.enum(["FULL_PAGE", "INLINE"]), resendRequired: z.boolean(), channelKeys: z.array(z.string()) })
    .nullable(),
  issuer: z.object({ nameJa: z.string(), nameEn: z.string().nullable(), logoPath: z.string().nullable(), copyrightJa: z.string().nullable(), copyrightEn: z.string().nullable() }),
  /** what the revision stops and leaves available, as stored at publication (lib/affected) */
  impact: affectedResultSchema,
});
export type SnapshotNotice = z.infer<typeof snapshotNoticeSchema>;

export const SNAPSHOT_VERSION = 1;

export const maintenanceSnapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** the instant the database was read: every window ending after it is in `notices` */
  takenAt: z.iso.datetime(),
  /** the catalog's channels (archived ones left out), catalog order */
  channels: z.array(z.string()),
  /** the admin's screen texts: what a channel shows with no window in force */
  defaults: screenTextsSchema
    .extend({
      /** the https origins allowed to frame /maintenance/modal (its CSP frame-ancestors); none when absent */
      frameAncestors: z.array(z.string()).optional(),
    })
    .nullable(),
  notices: z.array(snapshotNoticeSchema),
});
export type MaintenanceSnapshot = z.infer<typeof maintenanceSnapshotSchema>;
