// Which addresses get the public site's Content-Security-Policy from next.config.ts,
// matched the way Next matches `headers()` sources: the console must not get it (its
// own, nonced policy comes from proxy.ts), every other address must.
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";

async function headerFor(pathname: string, key: string): Promise<string[]> {
  const rules = await nextConfig.headers!();
  return rules
    .filter((rule) => !rule.has && getPathMatch(rule.source)(pathname) !== false)
    .flatMap((rule) => rule.headers.filter((h) => h.key === key).map((h) => h.value));
}
const policiesFor = (pathname: string) => headerFor(pathname, "Content-Security-Policy");

describe("the public Content-Security-Policy of next.config.ts", () => {
  it("is sent once on every public address and static file", async () => {
    for (const path of ["/", "/en", "/notices/x", "/en/notices/x/history", "/feed.xml", "/api/v1/notices", "/brand/icon.svg", "/_next/static/chunks/a.js", "/administration", "/en/admin"])
      expect(await policiesFor(path), path).toEqual([expect.stringContaining("script-src 'self' 'unsafe-inline'")]);
  });

  it("is not sent on the console and next-auth's endpoints", async () => {
    for (const path of ["/admin", "/admin/sign-in", "/admin/notices/x", "/api/auth/session", "/api/auth/callback/credentials"])
      expect(await policiesFor(path), path).toEqual([]);
  });
});

describe("the maintenance screens' own headers (issue 10)", () => {
  it("get neither the public policy nor X-Frame-Options from next.config.ts: the renderer sets its own, once", async () => {
    for (const path of ["/maintenance", "/maintenance/modal"]) {
      expect(await policiesFor(path), path).toEqual([]);
      expect(await headerFor(path, "X-Frame-Options"), path).toEqual([]);
    }
  });

  it("leave X-Frame-Options: DENY on every other address", async () => {
    for (const path of ["/", "/en", "/notices/x", "/admin", "/api/v1/maintenance", "/maintenance-notes", "/brand/icon.svg"])
      expect(await headerFor(path, "X-Frame-Options"), path).toEqual(["DENY"]);
  });
});
