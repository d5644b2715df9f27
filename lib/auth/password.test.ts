import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, verifyAgainstDecoy, verifyPassword } from "./password";

describe("passwords", () => {
  it("hashes with argon2id and OWASP's parameters, salted", async () => {
    const a = await hashPassword("correct horse");
    const b = await hashPassword("correct horse");
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(needsRehash(a)).toBe(false);
  });

  it("verifies argon2id hashes and refuses a wrong password", async () => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword(stored, "correct horse")).toBe(true);
    expect(await verifyPassword(stored, "correct horsE")).toBe(false);
  });

  it("verifies the seed's legacy bcrypt hashes and marks them for an upgrade", async () => {
    const legacy = await bcrypt.hash("notices-dev-2026", 4);
    expect(await verifyPassword(legacy, "notices-dev-2026")).toBe(true);
    expect(await verifyPassword(legacy, "notices-dev-2025")).toBe(false);
    expect(needsRehash(legacy)).toBe(true);
  });

  it("marks argon2id hashes with weaker parameters for an upgrade", () => {
    expect(needsRehash("$argon2id$v=19$m=4096,t=3,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA")).toBe(true);
  });

  it("refuses anything that is not a known hash format", async () => {
    expect(await verifyPassword("", "")).toBe(false);
    expect(await verifyPassword("notices-dev-2026", "notices-dev-2026")).toBe(false);
    expect(await verifyPassword("$argon2i$v=19$m=19456,t=2,p=1$x$y", "x")).toBe(false);
  });

  it("the decoy never matches", async () => {
    expect(await verifyAgainstDecoy("anything")).toBe(false);
  });
});
