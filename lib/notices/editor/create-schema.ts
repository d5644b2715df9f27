// The "new notice" form's one schema (Conform in the browser, defineAction on the
// server): from a template, as a copy of an earlier notice with new windows, or as a
// recurring 定期 series of drafts. Japanese messages.
import "./zod-in-browser";
import { z } from "zod";
import { kindSchema, slugSchema } from "@/lib/notices/commands/schemas";
import { jstInputToDate } from "./jst-input";
import { editorMessages as m } from "./messages";

const required = z.string({ error: m.required }).trim().min(1, m.required);
const title = required.pipe(z.string().max(200, "タイトルは200文字以内にしてください。"));
const jstInput = z.string({ error: m.jstDateTime }).transform((value, ctx) => {
  const at = jstInputToDate(value);
  if (!at) {
    ctx.addIssue({ code: "custom", message: m.jstDateTime });
    return z.NEVER;
  }
  return at;
});
const time = z.string({ error: m.time }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, m.time);
const endAfterStart = <T extends { startsAt?: Date; endsAt?: Date }>(value: T, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: m.windowEndBeforeStart });
  if (Boolean(value.startsAt) !== Boolean(value.endsAt)) ctx.addIssue({ code: "custom", path: [value.startsAt ? "endsAt" : "startsAt"], message: m.jstDateTime });
};

const fromTemplate = z
  .object({ source: z.literal("template"), kind: kindSchema, slug: slugSchema, titleJa: title, startsAt: jstInput.optional(), endsAt: jstInput.optional() })
  .superRefine(endAfterStart);

const asCopy = z
  .object({ source: z.literal("copy"), copyFrom: slugSchema, slug: slugSchema, titleJa: title, startsAt: jstInput.optional(), endsAt: jstInput.optional() })
  .superRefine((value, ctx) => {
    if (!value.startsAt) ctx.addIssue({ code: "custom", path: ["startsAt"], message: m.copyNeedsWindow });
    endAfterStart(value, ctx);
  });

const series = z.object({
  source: z.literal("series"),
  /** each draft's slug is this followed by "-2026-07" */
  slug: slugSchema.pipe(z.string().max(90, "スラッグ(URL)は90文字以内にしてください(年月が後ろに付きます)。")),
  /** 「{M/D}」 in the title becomes each window's date */
  titleJa: title,
  firstMonth: z.string({ error: m.month }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, m.month),
  months: z.coerce.number({ error: m.seriesCount }).int(m.seriesCount).min(1, m.seriesCount).max(12, m.seriesCount),
  nth: z.coerce.number({ error: m.seriesNth }).int(m.seriesNth).min(1, m.seriesNth).max(5, m.seriesNth),
  weekday: z.coerce.number().int().min(0).max(6),
  startTime: time,
  endTime: time,
});

export const createNoticeFormSchema = z.discriminatedUnion("source", [fromTemplate, asCopy, series], { error: "作り方を選んでください。" });
export type CreateNoticeForm = z.output<typeof createNoticeFormSchema>;

/** The series' title for one window: 「{M/D}」 replaced by its date. */
export const seriesTitle = (title: string, month: number, day: number) => title.replaceAll("{M/D}", `${month}/${day}`);
