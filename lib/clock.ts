// The one clock of the application (DESIGN.md, Decision 8). Production reads the
// system clock; integration tests may fix it with setClock and must reset it.
// Browser tests do not touch it: they use `at=` previews and windows relative to now.

let fixed: Date | null = null;

export function now(): Date {
  return fixed ? new Date(fixed.getTime()) : new Date();
}

/** Fixes the clock (tests only). Pass null to return to the system clock. */
export function setClock(at: Date | string | null): void {
  if (at !== null && process.env.NODE_ENV === "production") {
    throw new Error("the clock cannot be fixed in production");
  }
  fixed = at === null ? null : new Date(at);
}
