import path from "node:path";
import type { NextConfig } from "next";
import { contentSecurityPolicy } from "./lib/http/content-security-policy";

// Security headers on every response: pages (cached or not), 404s, route handlers,
// redirects and static files under /_next and /public. Set here rather than in a proxy
// so that cached pages pay nothing per request. Why the script policy is what it is:
// docs/decisions/0008-security-headers.md.
const development = process.env.NODE_ENV === "development";
// 'unsafe-inline': the App Router streams its payload as inline <script> tags
// (self.__next_f.push) and cached (ISR) pages cannot carry a per-request nonce.
const publicContentSecurityPolicy = contentSecurityPolicy("'self' 'unsafe-inline'", development);

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()" },
];

// for browsers that predate frame-ancestors
const frameDenied = { key: "X-Frame-Options", value: "DENY" };

// The public site's query parameters that make `/` a search (lib/notices/listing/query.ts, indexQueryKeys).
const indexQueryKeys = ["q", "service", "paymentMethod", "channel", "kind", "year", "page"];
// First path segments that are not Japanese pages: the English tree, the API,
// Next's own assets, the staff console (its dynamic routes, e.g. /admin/notices/{id},
// are matched after these rewrites: without it they would be rewritten to /ja/admin/…). Public files (/brand, /attachments) are served before the
// afterFiles rewrite below is consulted.
const notJapanese = "(?!en(?:/|$)|ja(?:/|$)|api(?:/|$)|admin(?:/|$)|_next/)";

const nextConfig: NextConfig = {
  // the generated Prisma client and pg are server-only Node modules
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // tests build into their own folder so they never replace the build `npm start` serves
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Next's page cache, except that a 404 is never stored (see the file)
  cacheHandler: path.join(process.cwd(), "lib/freshness/page-cache.cjs"),
  typedRoutes: false,
  // One route tree serves both languages (app/(public)/[locale]): English under
  // /en, Japanese at the unprefixed addresses, which are rewritten to /ja/…
  // internally. /ja/… itself is not an address of the site: proxy.ts redirects it
  // (a redirect made here would go out without the security headers), and so it
  // does the trailing-slash redirect instead of Next.
  skipTrailingSlashRedirect: true,
  // A cached page is served stale while it revalidates, but never once it is a day
  // old: past that a request waits for a fresh render (and fails rather than show a
  // day-old notice), and the Cache-Control header tells proxies the same
  // (s-maxage=60, stale-while-revalidate=86340). Next's default is a year.
  expireTime: 86_400,
  // forbidden() in lib/auth/session.ts: a signed-in user without the role gets 403
  experimental: { authInterrupts: true },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The public site's policy everywhere but the staff console, whose policy carries
      // a per-request nonce and is set by proxy.ts (ADR 0010), and the maintenance
      // screens, whose policy allows no script at all and names their one <style> by its
      // hash (components/screens/render-screen.tsx): two policies on one response would
      // both apply. Two entries: the pattern of the second needs at least one character
      // after the slash.
      { source: "/", headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy }, frameDenied] },
      {
        source: "/:path((?!admin(?:/|$)|api/auth(?:/|$)|maintenance(?:/|$)).+)",
        headers: [{ key: "Content-Security-Policy", value: publicContentSecurityPolicy }],
      },
      // not on the maintenance screens: the renderer sets it on the full page (the export
      // serves it too) and leaves it off the modal, which merchants frame
      { source: "/:path((?!maintenance(?:/|$)).+)", headers: [frameDenied] },
      // HSTS only over HTTPS. TLS ends at the reverse proxy, which says so in
      // X-Forwarded-Proto (README: running behind nginx). Browsers ignore HSTS received
      // over plain HTTP, so a client forging the header gains nothing.
      {
        source: "/:path*",
        has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000" }],
      },
    ];
  },
  async rewrites() {
    return {
      // `/` and `/en` are cached pages (ISR) that cannot read the query string: an
      // address with an index parameter is served by the per-request search route
      // instead, under the same shareable address.
      beforeFiles: [
        ...indexQueryKeys.map((key) => ({ source: "/", has: [{ type: "query" as const, key }], destination: "/ja/search" })),
        ...indexQueryKeys.map((key) => ({ source: "/en", has: [{ type: "query" as const, key }], destination: "/en/search" })),
      ],
      afterFiles: [
        { source: "/", destination: "/ja" },
        { source: `/:path(${notJapanese}.*)`, destination: "/ja/:path" },
      ],
      fallback: [],
    };
  },
};

export default nextConfig;
