// What the impact-table editor sends for its preview: the table as the content schema
// checks it (so the editor shows the same field errors a save would), the language to
// show, and optionally the draft's windows and screen channels, which stop channels too.
import { z } from "zod";
import { blockSchema, screenSchema, windowSchema } from "@/lib/notices/content/schema";
import type { ImpactTableBlock } from "./impact-preview";

export const impactPreviewInput = z.object({
  table: blockSchema.refine((b) => b.type === "IMPACT_TABLE", "影響範囲の表ではありません / not an impact table").transform((b) => b as ImpactTableBlock),
  locale: z.enum(["ja", "en"]),
  windows: z.array(windowSchema).default([]),
  screenChannelKeys: z.array(z.string()).default([]),
  /** for {{errorCode}} in effect texts */
  errorCode: screenSchema.shape.errorCode.nullable().default(null),
  /** the anchors of the table's footnotes, unique on the editor's page */
  anchor: z.string().regex(/^[a-z0-9-]+$/).default("impact-preview"),
});
export type ImpactPreviewInput = z.input<typeof impactPreviewInput>;

/** A path of deriveAffected's errors ("sections.0.blocks.0.rows.1.cells.0.refs") as the table's own ("rows.1.cells.0.refs"). */
export const tablePath = (path: string) => path.replace(/^sections\.0\.blocks\.0\./, "");
