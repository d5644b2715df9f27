// The inputs of the notice commands, one zod schema each: the console's forms parse
// with these (Conform, in the browser and in defineAction), and the commands accept
// exactly what they output. Messages are Japanese (the staff's language).
import { z } from "zod";
import { amendmentTypes, noticeKinds, revisionContentSchema } from "@/lib/notices/content/schema";
import { commandMessages } from "./messages";

const required = (what: string) => z.string({ error: `${what}を入力してください。` }).trim().min(1, `${what}を入力してください。`);
const id = z.string({ error: "対象が指定されていません。" }).trim().min(1, "対象が指定されていません。").max(64, "対象の指定が正しくありません。");
/** The version the form was loaded with (optimistic lock): a hidden field. */
const version = z.coerce.number({ error: "版の番号がありません。" }).int("版の番号が正しくありません。").positive("版の番号が正しくありません。");

export const slugSchema = z
  .string({ error: "スラッグ(URL)を入力してください。" })
  .trim()
  .min(1, "スラッグ(URL)を入力してください。")
  .max(100, "スラッグ(URL)は100文字以内にしてください。")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "スラッグ(URL)は英小文字・数字をハイフンでつないでください(例: 2026-07-maintenance)。");
export const kindSchema = z.enum(noticeKinds, { error: "お知らせの種類を選んでください。" });

/**
 * An instant typed in Japan time: a form's `datetime-local` value (no zone) is read as
 * JST whatever the server's zone; a full ISO instant with its offset is taken as it is.
 */
export const jstDateTime = z
  .string({ error: "日時を入力してください。" })
  .trim()
  .min(1, "日時を入力してください。")
  .transform((s, ctx) => {
    const local = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(s);
    const at = new Date(local ? `${s}+09:00` : s);
    if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(s)) {
      ctx.addIssue({ code: "custom", message: "日時を「2026-07-29T02:00」の形で入力してください。" });
      return z.NEVER;
    }
    return at;
  });

export const revisionRefSchema = z.object({ revisionId: id, version });

export const createNoticeSchema = z.object({
  kind: kindSchema,
  slug: slugSchema,
  content: revisionContentSchema,
  /** "copy of an earlier notice": the notice it started from */
  copiedFromId: id.optional(),
});

export const saveDraftSchema = revisionRefSchema.extend({
  content: revisionContentSchema,
  /** only before the first publication */
  slug: slugSchema.optional(),
  kind: kindSchema.optional(),
});

export const startAmendmentSchema = z.object({ noticeId: id });

export const setAmendmentSchema = revisionRefSchema.extend({
  type: z.enum(amendmentTypes, { error: "更新の種類を選んでください。" }),
  summaryJa: required("更新の概要(日本語)"),
  summaryEn: z.string().trim().min(1).optional(),
  /** keys of the sections and windows the amendment touched (their marks derive from these) */
  sectionKeys: z.array(z.string().trim().min(1)).default([]),
  windowKeys: z.array(z.string().trim().min(1)).default([]),
});

export const rejectRevisionSchema = revisionRefSchema.extend({
  comment: required("差し戻しの理由").pipe(z.string().max(2000, "差し戻しの理由は2000文字以内にしてください。")),
});

export const publishRevisionSchema = revisionRefSchema
  .extend({
    /** the publisher confirms a historical notice: its windows are all over, nobody is told (Decision 8) */
    backfill: z.boolean().default(false),
    /** with backfill only: when the notice originally went public */
    publishedAt: jstDateTime.optional(),
    /** with backfill only, instead of publishedAt: the letter states no date */
    publishedAtUnknown: z.boolean().default(false),
    /** an approver publishes a 緊急/障害 notice alone (Decision 5) */
    breakGlass: z.boolean().default(false),
  });

export const scheduleRevisionSchema = revisionRefSchema.extend({ publishAt: jstDateTime });

export const withdrawNoticeSchema = z.object({
  noticeId: id,
  reason: required("取り下げの理由").pipe(z.string().max(2000, "取り下げの理由は2000文字以内にしてください。")),
});

export type RevisionRef = z.output<typeof revisionRefSchema>;
export type CreateNoticeInput = z.input<typeof createNoticeSchema>;
export type SaveDraftInput = z.input<typeof saveDraftSchema>;
export type SetAmendmentInput = z.input<typeof setAmendmentSchema>;
export type RejectRevisionInput = z.output<typeof rejectRevisionSchema>;
export type PublishRevisionInput = z.input<typeof publishRevisionSchema>;
export type ScheduleRevisionInput = z.output<typeof scheduleRevisionSchema>;
export type WithdrawNoticeInput = z.output<typeof withdrawNoticeSchema>;

/** The dashboard's "approve afterwards" of a break-glass publication: its audit event. */
export const reviewBreakGlassSchema = z.object({
  eventId: z.string({ error: commandMessages.breakGlassNotFound }).trim().min(1, commandMessages.breakGlassNotFound).max(64, commandMessages.breakGlassNotFound),
});
export type ReviewBreakGlassInput = z.output<typeof reviewBreakGlassSchema>;
