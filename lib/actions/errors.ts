// Errors a write may end with that the person can act on. The action client
// (action-client.ts) turns each into a field or form error of the submission, in
// Japanese; anything else is a bug and propagates (Next shows its error page).

/** A rule was broken; `field` names the form field to show it on (none: above the form). */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "ActionError";
  }
}

/**
 * Someone else changed the record since this form was loaded (its version or base
 * moved on). `current` carries what is stored now, so the form can show both texts
 * side by side and nothing typed is lost.
 */
export class ConflictError extends ActionError {
  constructor(
    message: string,
    readonly current?: unknown,
    field?: string,
  ) {
    super(message, field);
    this.name = "ConflictError";
  }
}
