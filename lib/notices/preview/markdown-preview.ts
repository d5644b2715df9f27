// The console's Markdown preview: the text rendered by exactly the public site's
// markdown-it (lib/notices/page/markdown.ts), with what the page gives it (the block's
// footnotes, the error code, the attachments), so the HTML is the one the page will
// serve, sanitised the same way (html: false; markdown-it refuses javascript: links).
import { z } from "zod";
import { screenSchema } from "@/lib/notices/content/schema";
import { newRenderContext, renderInline, renderMarkdown } from "@/lib/notices/page/markdown";

export const markdownPreviewInput = z.object({
  text: z.string().max(100_000, "長すぎます（10 万字まで）"),
  /** table cells and footnotes render inline; prose as blocks */
  inline: z.boolean().default(false),
  footnoteKeys: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(100).default([]),
  errorCode: screenSchema.shape.errorCode.nullable().default(null),
  /** attachment numbers of the draft, so 【資料1】 links as it will */
  attachments: z.array(z.number().int().min(1).max(99)).max(99).default([]),
});
export type MarkdownPreviewInput = z.input<typeof markdownPreviewInput>;

export function renderMarkdownPreview(input: z.output<typeof markdownPreviewInput>): string {
  const ctx = newRenderContext(
    "preview",
    input.footnoteKeys,
    input.errorCode,
    input.attachments.map((n) => ({ number: n, anchor: `attachment-${n}` })),
  );
  return input.inline ? renderInline(input.text, ctx) : renderMarkdown(input.text, ctx);
}
