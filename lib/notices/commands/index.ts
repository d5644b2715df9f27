// The commands that write notices (issue 9): every console form and route handler
// calls these inside defineAction/defineRoute (lib/actions), the seed and the test
// fixtures too, so nothing the public site shows can be made another way.
export { contextFor, type CommandContext } from "./context";
export { WorkflowError } from "./errors";
export { commandMessages, statusLabels, kindLabels } from "./messages";
export { createNotice, saveDraft, startAmendment, discardDraft } from "./drafts";
export { setAmendment, rebaseDraft } from "./amendments";
export { submitRevision, approveRevision, rejectRevision, withdrawNotice } from "./transitions";
export { publishRevision, scheduleRevision, unscheduleRevision, breakGlassKinds, type PublishOptions } from "./publish";
export { publishDueRevisions, nextScheduledPublication } from "./scheduled";
export { reviewBreakGlass } from "./break-glass-review";
