// The proxy's matcher as Next compiles and applies it (its own build-time and
// request-time functions), so that a matcher that silently stops matching fails here.
import { createRequire } from "node:module";
import type { ProxyMatcher } from "next/dist/build/analysis/get-page-static-info";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { describe, expect, it } from "vitest";
import { config } from "@/proxy";
import { indexQueryKeys } from "@/lib/notices/listing/query";

// what `next build` turns the config into (exported, but not in Next's type declarations)
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: unknown) => ProxyMatcher[];
};
const match = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runs = (address: string) => {
  const url = new URL(address, "http://x");
  const query = Object.fromEntries(url.searchParams);
  return match(url.pathname, { headers: {} } as never, query);
};

describe("the proxy's matcher", () => {
  it("names exactly the parameters the index and the API read", () => {
    const keys = config.matcher.flatMap((m) => (typeof m === "string" ? [] : m.has.map((h) => h.key)));
    expect(keys.sort()).toEqual([...indexQueryKeys].sort());
  });

  it("runs the check wherever a bad address can be", () => {
    for (const address of ["/notices/%00", "/en/notices/x/revisions/1%00", "/api/v1/notices/%E0%A4%A", "/feed.xml%00", "/?q=%00", "/en?page=%01", "/api/v1/notices?q=x", "/search?kind=x"])
      expect(runs(address), address).toBe(true);
  });

  it("runs the redirects that must keep the security headers", () => {
    for (const address of ["/en/", "/notices/x/", "/ja", "/ja/notices/x"]) expect(runs(address), address).toBe(true);
  });

  it("runs for the staff console and next-auth's endpoints (their headers)", () => {
    for (const address of ["/admin", "/admin/sign-in", "/admin/notices/x", "/api/auth/session", "/api/auth/callback/credentials"]) expect(runs(address), address).toBe(true);
  });

  it("runs for a notice's pages, whose address answers 410 once it is withdrawn (ADR 0012)", () => {
    for (const address of ["/notices/2019-07-29-webcollect-scheduled-maintenance", "/en/notices/x/history", "/notices/x/revisions/2", "/en/notices/x"])
      expect(runs(address), address).toBe(true);
  });

  it("leaves the index, feeds and API as linked, and Next's static files, alone", () => {
    for (const address of ["/", "/en", "/feed.xml", "/calendar.ics", "/api/v1/notices", "/?utm_source=mail", "/_next/static/chunks/app/%5Bslug%5D/page.js"])
      expect(runs(address), address).toBe(false);
  });
});
