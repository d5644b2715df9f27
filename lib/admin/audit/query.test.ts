import { describe, expect, it } from "vitest";
import { auditMessages } from "./messages";
import { auditQuerySchema, firstValues } from "./query";

const issues = (input: Record<string, string | undefined>) =>
  Object.fromEntries((auditQuerySchema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));

describe("the audit page's filters", () => {
  it("reads JST days: from the start of the first to the start of the day after the last", () => {
    const query = auditQuerySchema.parse({ from: "2026-11-01", to: "2026-11-02", page: "2" });
    expect(query.from?.start.toISOString()).toBe("2026-10-31T15:00:00.000Z");
    expect(query.to?.start.toISOString()).toBe("2026-11-01T15:00:00.000Z");
    expect(query.page).toBe(2);
  });

  it("reports a day that does not exist or is not written as YYYY-MM-DD at its field", () => {
    expect(issues({ from: "2026-02-31", to: "26-1-1" })).toEqual({ from: auditMessages.errors.date, to: auditMessages.errors.date });
  });

  it("reports an end before the start at the end", () => {
    expect(issues({ from: "2026-11-02", to: "2026-11-01" })).toEqual({ to: auditMessages.errors.range });
  });

  it("reports a page that is not a positive whole number, and an action with odd characters", () => {
    expect(issues({ page: "0" })).toEqual({ page: auditMessages.errors.page });
    expect(issues({ page: "x" })).toEqual({ page: auditMessages.errors.page });
    expect(issues({ action: "user.create' OR 1=1" })).toEqual({ action: auditMessages.errors.action });
  });

  it("takes the first of a repeated parameter, and treats empty fields as no filter", () => {
    expect(firstValues({ user: ["a", "b"], notice: undefined })).toEqual({ user: "a", notice: undefined });
    expect(auditQuerySchema.parse({ notice: "", user: "", action: "", from: "", to: "" })).toEqual({ page: 1, notice: undefined, user: undefined, action: undefined, from: undefined, to: undefined });
  });
});
