import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";

describe("recovery codes", () => {
  it("are ten distinct codes of 16 base32 characters (80 bits), grouped for reading", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}$/);
  });

  it("hash what was meant, however it was typed", () => {
    const code = newRecoveryCodes(1)[0]!;
    const hash = hashRecoveryCode(code);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRecoveryCode(code.toUpperCase().replace(/-/g, " "))).toBe(hash);
    expect(normaliseRecoveryCode("AB0O-1IL x")).toBe("ab00111x");
    expect(hashRecoveryCode(newRecoveryCodes(1)[0]!)).not.toBe(hash);
  });
});
