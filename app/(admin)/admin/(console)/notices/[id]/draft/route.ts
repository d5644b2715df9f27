import { defineRoute } from "@/lib/actions/route-handler";
import { editorSaveSchema } from "@/lib/notices/editor/schema";
import { saveFromEditor } from "@/lib/notices/editor/write";

/**
 * The editor's save (autosave and the button): the draft's new version, 400 with
 * field errors, 409 with the stored content when someone saved first (defineRoute).
 */
export const PUT = defineRoute({
  schema: editorSaveSchema,
  roles: ["EDITOR"],
  run: async (input, context) => {
    const { version } = await saveFromEditor(context, input);
    return { body: { version } };
  },
});
