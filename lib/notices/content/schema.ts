// The content of one revision as the application reads and writes it: the shape
// shared by the seed, templates, "copy of an earlier notice", the editor's forms
// and the JSON API. lib/notices/content/write.ts stores it relationally.
import { DEFAULT_PERIOD_STYLE, PERIOD_STYLES } from "@/lib/format/period-style";
import { z } from "zod";
import { controlCharacterMessage, crlfToLf, findControlCharacter, TEXT_ALLOWED_CONTROLS } from "@/lib/text/control-characters";

/**
 * Every string that enters a revision starts here: CRLF as LF, then no control
 * character but TAB and LF (lib/text/control-characters.ts says why). The check
 * aborts the field's later checks, so a key with U+0000 says that, not "lower-case
 * letters".
 */
const plainString = z
  .string()
  .overwrite(crlfToLf)
  .refine((s) => findControlCharacter(s, TEXT_ALLOWED_CONTROLS) === null, {
    error: (issue) => controlCharacterMessage(findControlCharacter(issue.input as string, TEXT_ALLOWED_CONTROLS)!),
    abort: true,
  });
const text = plainString.trim().min(1, "必須です / Required");
/** A text in Japanese with its optional English version. */
export const localized = z.object({ ja: text, en: text.optional() });
export const optionalLocalized = localized.optional();
const key = plainString.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "英小文字・数字・ハイフン / lower-case letters, digits and hyphens");

export const noticeKinds = ["SCHEDULED", "EXTRAORDINARY", "EMERGENCY", "INCIDENT", "INFORMATION"] as const;
export const amendmentTypes = [
  "ADDENDUM",
  "CORRECTION",
  "CHANGE",
  "EXTENSION",
  "CANCELLATION",
  "COMPLETION",
  "FOLLOW_UP",
  "RECOVERY",
  "EDITORIAL",
] as const;

const footnote = z.object({ key, text: localized });
/** Sub-items numbered (1), (2) … within their section, derived at render time. */
const numbered = z.boolean().default(false);

const prose = z.object({ type: z.literal("PROSE"), numbered, body: localized, footnotes: z.array(footnote).default([]) });
const windows = z.object({ type: z.literal("WINDOWS"), numbered, label: localized, emphasis: z.boolean().default(false) });

const columnRoles = ["AUDIENCE", "SERVICE", "PAYMENT_METHOD", "CHANNEL", "EFFECT", "AVAILABILITY"] as const;
export const catalogRoles = ["AUDIENCE", "SERVICE", "PAYMENT_METHOD", "CHANNEL"] as const;
const cell = z.object({
  /** catalog keys of the column's kind (AUDIENCE, SERVICE, PAYMENT_METHOD, CHANNEL columns) */
  refs: z.array(key).default([]),
  /** display label where the notice words the entries differently from the catalog */
  label: optionalLocalized,
  /** EFFECT columns: inline Markdown, may cite footnotes as [^key] */
  text: optionalLocalized,
  availability: z.enum(["AVAILABLE", "UNAVAILABLE"]).optional(),
});
const impactTable = z
  .object({
    type: z.literal("IMPACT_TABLE"),
    numbered,
    caption: optionalLocalized,
    columns: z.array(z.object({ role: z.enum(columnRoles), header: localized, groupRows: z.boolean().default(false) })).min(1),
    rows: z.array(z.object({ cells: z.array(cell) })).min(1),
    footnotes: z.array(footnote).default([]),
  })
  .superRefine((table, ctx) => {
    table.rows.forEach((row, r) => {
      if (row.cells.length !== table.columns.length) {
        ctx.addIssue({ code: "custom", path: ["rows", r, "cells"], message: `列数 ${table.columns.length} と一致しません / must have ${table.columns.length} cells` });
        return;
      }
      row.cells.forEach((c, i) => {
        const role = table.columns[i]!.role;
        const path = ["rows", r, "cells", i];
        if ((catalogRoles as readonly string[]).includes(role) && c.refs.length === 0)
          ctx.addIssue({ code: "custom", path: [...path, "refs"], message: "カタログの項目を選んでください / Choose a catalog entry" });
        if (role === "EFFECT" && !c.text) ctx.addIssue({ code: "custom", path: [...path, "text"], message: "影響を入力してください / Describe the effect" });
        if (role === "AVAILABILITY" && !c.availability)
          ctx.addIssue({ code: "custom", path: [...path, "availability"], message: "利用可否を選んでください / Choose availability" });
      });
    });
  });

const delays = z.object({
  type: z.literal("DELAYS"),
  numbered,
  items: z
    .array(z.object({ title: localized, affected: localized, usual: localized, change: localized }))
    .min(1),
});
const apiChange = z.object({
  type: z.literal("API_CHANGE"),
  numbered,
  changes: z
    .array(
      z.object({
        /** e.g. ["E04", "F04", "result-post"]: what a merchant's engineers search for */
        endpoints: z.array(plainString.min(1)).min(1),
        /** how the letter names them: 「E04・F04（取引情報照会 API）と決済結果データ POST 通知」 */
        endpointsLabel: localized,
        fieldName: plainString.min(1),
        fieldLabel: localized,
        change: z.enum(["VALUES_ADDED", "FIELD_ADDED", "FIELD_REMOVED"]),
        values: z.array(plainString.min(1)).default([]),
        reason: optionalLocalized,
        impact: optionalLocalized,
      }),
    )
    .min(1),
});
const merchantActionBlock = z.object({ type: z.literal("MERCHANT_ACTION"), numbered });
const futurePlan = z.object({
  type: z.literal("FUTURE_PLAN"),
  numbered,
  period: z.object({
    year: z.number().int().min(2000).max(2100),
    month: z.number().int().min(1).max(12),
    part: z.enum(["early", "mid", "late"]).nullable(),
  }),
  description: localized,
  note: optionalLocalized,
});
const contactBlock = z.object({ type: z.literal("CONTACT"), numbered });
const screenPreview = z.object({
  type: z.literal("SCREEN_PREVIEW"),
  numbered,
  variant: z.enum(["FULL_PAGE", "INLINE"]),
  caption: optionalLocalized,
});
const errorCode = z.object({
  type: z.literal("ERROR_CODE"),
  numbered,
  caption: optionalLocalized,
  /** the sentence, with {{errorCode}} where the revision's error code goes */
  text: localized,
});
const image = z.object({
  type: z.literal("IMAGE"),
  numbered,
  // One or more "/segment" parts: a path on this site only. "//host" (another site),
  // "." and ".." segments, backslashes (read as "/" by browsers) and schemes are refused.
  src: plainString.regex(/^(?:\/(?!\.\.?(?:\/|$))[\w.-]+)+$/, "サイト内のパス / a path on this site"),
  alt: localized,
  caption: optionalLocalized,
});

export const blockSchema = z.discriminatedUnion("type", [
  prose,
  windows,
  impactTable,
  delays,
  apiChange,
  merchantActionBlock,
  futurePlan,
  contactBlock,
  screenPreview,
  errorCode,
  image,
]);
export type BlockContent = z.infer<typeof blockSchema>;
export type BlockType = BlockContent["type"];

export const sectionSchema = z.object({
  key,
  kind: z.enum(["BODY", "ATTACHMENT"]).default("BODY"),
  heading: optionalLocalized,
  blocks: z.array(blockSchema).min(1),
});
export type SectionContent = z.infer<typeof sectionSchema>;
export type SectionContentInput = z.input<typeof sectionSchema>;

export const windowSchema = z
  .object({
    key,
    startsAt: z.coerce.date(),
    endsAt: z.coerce.date(),
    status: z.enum(["SCHEDULED", "CANCELLED"]).default("SCHEDULED"),
    channelKeys: z.array(key).default([]),
  })
  .refine((w) => w.endsAt > w.startsAt, { path: ["endsAt"], message: "終了は開始より後にしてください / The end must be after the start" });
export type WindowContent = z.infer<typeof windowSchema>;

export const screenSchema = z.object({
  errorCode: plainString.regex(/^[A-Z][0-9]{9}$/, "英大文字1字と数字9桁（例: Z010000000） / one capital letter and 9 digits (e.g. Z010000000)"),
  modalBehavior: z.enum(["FULL_PAGE", "INLINE"]),
  resendRequired: z.boolean().default(true),
  heading: localized,
  message: localized,
  periodLabel: localized,
  /** which period style of lib/format the screen prints its window in (lib/format/period-style.ts) */
  periodStyle: z.enum(PERIOD_STYLES).default(DEFAULT_PERIOD_STYLE),
  inlineMessage: localized,
  contactLabel: localized,
  contactLines: z.object({ ja: z.array(text).min(1), en: z.array(text).default([]) }),
  channelKeys: z.array(key).min(1, "画面を表示するチャネルを選んでください / Choose the channels that show the screen"),
});
export type ScreenContent = z.infer<typeof screenSchema>;

export const amendmentSchema = z.object({
  type: z.enum(amendmentTypes),
  summary: localized,
  sectionKeys: z.array(key).default([]),
  windowKeys: z.array(key).default([]),
});
export type AmendmentContent = z.infer<typeof amendmentSchema>;

/**
 * The shape of a revision's content without the cross-field rules below. Reading stored
 * content back (e.g. from the data cache) parses with this: a rule added later for new
 * drafts must not make a revision published before it unreadable.
 */
export const revisionContentShape = z.object({
  title: localized,
  addressee: optionalLocalized,
  signed: z.boolean().default(false),
  lead: localized,
  hasKi: z.boolean().default(true),
  hasIjo: z.boolean().default(true),
  merchantAction: z.object({
    level: z.enum(["NONE", "CONDITIONAL", "REQUIRED"]),
    /** what the letter says about it, as the letter words it (its section rendered by MERCHANT_ACTION) */
    text: optionalLocalized,
    /** CONDITIONAL only: which merchants must act and what they should do, shown first on the page */
    condition: optionalLocalized,
  }),
  contactKey: key.optional(),
  windows: z.array(windowSchema).default([]),
  sections: z.array(sectionSchema).min(1),
  screen: screenSchema.optional(),
  amendment: amendmentSchema.optional(),
});

export const revisionContentSchema = revisionContentShape.superRefine((content, ctx) => {
  const unique = (keys: string[], path: string) => {
    const seen = new Set<string>();
    keys.forEach((k, i) => {
      if (seen.has(k)) ctx.addIssue({ code: "custom", path: [path, i, "key"], message: `キー「${k}」が重複しています / duplicate key` });
      seen.add(k);
    });
  };
  unique(content.sections.map((s) => s.key), "sections");
  unique(content.windows.map((w) => w.key), "windows");
  const action = content.merchantAction;
  if (action.level === "REQUIRED" && !action.text)
    ctx.addIssue({ code: "custom", path: ["merchantAction", "text"], message: "対応内容を入力してください / Describe what merchants must do" });
  if (action.level === "CONDITIONAL" && !action.condition)
    ctx.addIssue({
      code: "custom",
      path: ["merchantAction", "condition"],
      message: "対応が必要になる条件を入力してください / Say which merchants must act, and when",
    });
  if (action.level !== "CONDITIONAL" && action.condition)
    ctx.addIssue({ code: "custom", path: ["merchantAction", "condition"], message: "条件は「条件により対応が必要」の場合のみです / A condition belongs to a conditional action only" });
  for (const k of content.amendment?.sectionKeys ?? [])
    if (!content.sections.some((s) => s.key === k))
      ctx.addIssue({ code: "custom", path: ["amendment", "sectionKeys"], message: `セクション「${k}」がありません / no such section` });
  // the windows an amendment names decide whether a past notice ended "as planned" (derive.ts endState)
  for (const k of content.amendment?.windowKeys ?? [])
    if (!content.windows.some((w) => w.key === k))
      ctx.addIssue({ code: "custom", path: ["amendment", "windowKeys"], message: `停止日時「${k}」がありません / no such window` });
  const usesScreen = content.sections.some((s) => s.blocks.some((b) => b.type === "SCREEN_PREVIEW" || b.type === "ERROR_CODE"));
  if (usesScreen && !content.screen)
    ctx.addIssue({ code: "custom", path: ["screen"], message: "メンテナンス画面の設定が必要です / The maintenance screen settings are required" });
});
export type RevisionContent = z.infer<typeof revisionContentSchema>;
export type RevisionContentInput = z.input<typeof revisionContentSchema>;
