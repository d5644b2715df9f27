import { localized, type Translation } from "@/lib/i18n/console/translation";
// The form kit's own words (the submit button while its action runs); a form's
// labels live in its feature's messages.
export const formMessages = {
  saving: "保存しています…",
} as const;

export const formMessagesIn = localized(formMessages, { saving: "Saving…" } satisfies Translation<typeof formMessages>);
