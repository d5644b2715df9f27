import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localAuthSecret, localDevelopmentPassword } from "./auth-secret.mjs";

describe("the local session secret", () => {
  it("is random, made once, kept readable by its owner only", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "auth-secret-"));
    const file = path.join(dir, "data", "auth-secret");
    const first = localAuthSecret(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(localAuthSecret(file)).toBe(first);
    expect(fs.readdirSync(path.dirname(file))).toEqual(["auth-secret"]);
    const other = path.join(dir, "other");
    expect(localAuthSecret(other)).not.toBe(first);
    // a secret left readable by others is closed again
    fs.chmodSync(file, 0o644);
    localAuthSecret(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});

describe("the local development password", () => {
  it("is random (no fixed password), made once, kept readable by its owner only", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dev-password-"));
    const file = path.join(dir, "data", "dev-password");
    const first = localDevelopmentPassword(file);
    expect(first).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(localDevelopmentPassword(file)).toBe(first);
    expect(localDevelopmentPassword(path.join(dir, "other"))).not.toBe(first);
    fs.rmSync(dir, { recursive: true });
  });
});
