import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecret } from "./secret";

afterEach(() => vi.unstubAllEnvs());

describe("authSecret", () => {
  it("refuses to run without NEXTAUTH_SECRET or AUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "");
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET \(or AUTH_SECRET\) is not set/);
  });
  it("refuses a short secret", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "changeme");
    expect(() => authSecret()).toThrow(/shorter than 32 characters/);
  });
  it("takes NEXTAUTH_SECRET, else AUTH_SECRET", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    vi.stubEnv("AUTH_SECRET", "a".repeat(32));
    expect(authSecret()).toBe("a".repeat(32));
    vi.stubEnv("NEXTAUTH_SECRET", "b".repeat(40));
    expect(authSecret()).toBe("b".repeat(40));
  });
});
