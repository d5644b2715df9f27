import { ActionError, ConflictError } from "./errors";
import { uniqueViolationField } from "./unique-violation";

/**
 * Why a write was refused, in terms the person can act on; each caller (a form's
 * reply, a route's JSON) words it its own way. Anything else is a bug and propagates.
 */
export type Refusal =
  | { kind: "conflict"; message: string; field?: string; current?: unknown }
  | { kind: "rule"; message: string; field?: string }
  | { kind: "unique"; message: string; field: string };

/** The refusal an error thrown inside a write stands for; null for a bug. */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof ConflictError) return { kind: "conflict", message: error.message, field: error.field, current: error.current };
  if (error instanceof ActionError) return { kind: "rule", message: error.message, field: error.field };
  const unique = uniqueViolationField(error);
  return unique ? { kind: "unique", message: unique.message, field: unique.name } : null;
}

/** A message at its field, as Conform and the JSON routes key them; no field: none (the message stands above the form). */
export function fieldErrorsOf(field: string | undefined, message: string): Record<string, string[]> {
  return field ? { [field]: [message] } : {};
}
