import { describe, expect, it } from "vitest";
import { consoleContentSecurityPolicy, isConsolePath, newNonce } from "./console-headers";

describe("the console's headers", () => {
  it("cover the console and next-auth's endpoints, nothing of the public site", () => {
    for (const path of ["/admin", "/admin/sign-in", "/admin/notices/x", "/api/auth/session", "/api/auth/callback/credentials"]) expect(isConsolePath(path), path).toBe(true);
    for (const path of ["/", "/en", "/administration", "/notices/admin", "/api/v1/notices", "/en/admin"]) expect(isConsolePath(path), path).toBe(false);
  });

  it("a fresh nonce per call, 128 bits in base64", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("scripts only with the nonce: no 'unsafe-inline', no eval in production", () => {
    const csp = consoleContentSecurityPolicy("abc", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(consoleContentSecurityPolicy("abc", true)).toContain("'unsafe-eval'");
  });

  it("<style> elements only with the nonce in production (CodeMirror's); development keeps 'unsafe-inline' for its tools", () => {
    expect(consoleContentSecurityPolicy("abc", false)).toContain("style-src 'self' 'nonce-abc';");
    expect(consoleContentSecurityPolicy("abc", true)).toContain("style-src 'self' 'unsafe-inline';");
  });
});
