"use server";
import { defineAction } from "@/lib/actions/action-client";
import { createNoticeFormSchema } from "@/lib/notices/editor/create-schema";
import { createFromForm } from "@/lib/notices/editor/write";

/** "New notice": from a template, as a copy, or a series of drafts; then to the editor (or the list of the series). */
export const createNoticeAction = defineAction({
  schema: createNoticeFormSchema,
  roles: ["EDITOR"],
  run: async (input, context) => ({ redirectTo: await createFromForm(context, input) }),
});
