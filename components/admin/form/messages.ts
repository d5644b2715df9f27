// The form kit's own words (the submit button while its action runs); a form's
// labels live in its feature's messages.
export const formMessages = {
  saving: "保存しています…",
} as const;
