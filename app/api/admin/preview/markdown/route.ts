import { defineRoute } from "@/lib/actions/route-handler";
import { markdownPreviewInput, renderMarkdownPreview } from "@/lib/notices/preview/markdown-preview";

// The editor's live Markdown preview (components/admin/markdown-preview.tsx): the
// public site's renderer, on the server. Reads nothing and writes nothing.
export const POST = defineRoute({
  schema: markdownPreviewInput,
  roles: ["EDITOR", "APPROVER"],
  run: async (input) => ({ body: { html: renderMarkdownPreview(input) } }),
});
