import { describe, expect, it } from "vitest";
import { silentReason } from "./silence";

describe("which publications tell nobody (Decisions 4 and 8)", () => {
  it("a backfill and a 表記修正 tell nobody; every other publication notifies", () => {
    expect(silentReason({ backfill: true, amendmentType: null })).toBe("backfill");
    expect(silentReason({ backfill: false, amendmentType: "EDITORIAL" })).toBe("editorial");
    expect(silentReason({ backfill: false, amendmentType: null })).toBeNull();
    for (const type of ["ADDENDUM", "CORRECTION", "CHANGE", "EXTENSION", "CANCELLATION", "COMPLETION", "FOLLOW_UP", "RECOVERY"] as const)
      expect(silentReason({ backfill: false, amendmentType: type })).toBeNull();
  });
});
