// The editor form's one schema: the browser checks with it as the person types, the
// save route (autosave and the save button) parses with it before anything is written.
// Messages are Japanese; the content rules themselves are lib/notices/content/schema.ts.
import "./zod-in-browser";
import { z } from "zod";
import { kindSchema, slugSchema } from "@/lib/notices/commands/schemas";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { editorMessages as m } from "./messages";
import { toContent, type EditorContent } from "./values";

/** The form's content → revision content, checked by the content schema (paths stay the form's). */
export const editorContentSchema = z
  .custom<EditorContent>((value) => typeof value === "object" && value !== null && !Array.isArray(value), { message: m.required })
  .transform((value, ctx) => {
    const { content, issues } = toContent(value);
    for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return issues.length ? z.NEVER : content;
  })
  .pipe(revisionContentSchema);

const saveShape = z.object({
  revisionId: z.string({ error: "対象の版がありません。" }).min(1, "対象の版がありません。").max(64),
  version: z.coerce.number({ error: "版の番号がありません。" }).int().positive(),
  slug: slugSchema,
  kind: kindSchema,
  content: editorContentSchema,
});

/** A missing value says "必須です" rather than zod's English "expected object". */
export const japaneseErrors: z.core.$ZodErrorMap = (issue) => (issue.code === "invalid_type" && issue.input === undefined ? m.required : undefined);

/**
 * What the editor sends on every save: the version it edited, slug and kind, the
 * content. Parsed with the Japanese error map built in, so every caller (the route,
 * the browser) gets the same messages.
 */
export const editorSaveSchema = z.unknown().transform((value, ctx): z.output<typeof saveShape> => {
  const parsed = saveShape.safeParse(value, { error: japaneseErrors });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  return z.NEVER;
});
export type EditorSaveInput = z.output<typeof editorSaveSchema>;

/** Field errors keyed by dotted path ("content.windows.0.endsAt"), as the form shows them. */
export function editorFieldErrors(input: unknown): Record<string, string[]> {
  const parsed = editorSaveSchema.safeParse(input);
  if (parsed.success) return {};
  const errors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}
