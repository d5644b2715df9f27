import { describe, expect, it } from "vitest";
import { DEFAULT_ERROR_CODE_PATTERN, errorCodeFormatMessages, errorCodePatternProblem, matchesErrorCodeFormat } from "./error-code-format";

describe("the error-code format", () => {
  it("by default takes Z010000000 and refuses the reference notice's 8-digit typo Z01000000", () => {
    expect(matchesErrorCodeFormat(DEFAULT_ERROR_CODE_PATTERN, "Z010000000")).toBe(true);
    expect(matchesErrorCodeFormat(DEFAULT_ERROR_CODE_PATTERN, "Z01000000")).toBe(false);
    expect(matchesErrorCodeFormat(DEFAULT_ERROR_CODE_PATTERN, "Z0100000000")).toBe(false);
    expect(matchesErrorCodeFormat(DEFAULT_ERROR_CODE_PATTERN, "z010000000")).toBe(false);
  });

  it("matches the whole code, not a part of it", () => {
    expect(matchesErrorCodeFormat("Z01\\d{7}", "xZ010000000")).toBe(false);
    expect(matchesErrorCodeFormat("Z01\\d{7}", "Z010000000")).toBe(true);
    expect(matchesErrorCodeFormat("[A-Z]{1,2}-\\d{3}", "AB-123")).toBe(true);
  });

  it("accepts literals, classes, \\d and counted quantifiers", () => {
    for (const pattern of [DEFAULT_ERROR_CODE_PATTERN, "Z\\d{9}", "[A-Z][0-9]{3,9}", "E-[0-9A-F]{4}"]) expect(errorCodePatternProblem(pattern)).toBeNull();
  });

  it("refuses what could backtrack without end or means something else in PostgreSQL", () => {
    for (const pattern of ["(a+)+", "a*", "a+", "a?", "a|b", ".{9}", "[A-Z]{9}{2}", "{3}", "^Z\\d{9}$", "\\w{9}", "[^A-Z]"])
      expect(errorCodePatternProblem(pattern), pattern).toBe(errorCodeFormatMessages.forbidden);
  });

  it("refuses an empty, an overlong and an unreadable pattern", () => {
    expect(errorCodePatternProblem("")).toBe(errorCodeFormatMessages.required);
    expect(errorCodePatternProblem("A".repeat(65))).toBe(errorCodeFormatMessages.tooLong);
    expect(errorCodePatternProblem("[Z-A]")).toBe(errorCodeFormatMessages.invalid);
    expect(errorCodePatternProblem("Z{9,3}")).toBe(errorCodeFormatMessages.invalid);
  });
});
