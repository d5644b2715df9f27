import path from "node:path";
import type { NextConfig } from "next";

// The public site's query parameters that make `/` a search (lib/notices/listing/query.ts, indexQueryKeys).
const indexQueryKeys = ["q", "service", "paymentMethod", "channel", "kind", "year", "page"];
// First path segments that are not Japanese pages: the English tree, the API,
// Next's own assets. Public files (/brand, /attachments) are served before the
// afterFiles rewrite below is consulted.
const notJapanese = "(?!en(?:/|$)|ja(?:/|$)|api(?:/|$)|_next/)";

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
  // internally. /ja/… itself is not an address of the site.
  async redirects() {
    return [
      { source: "/ja", destination: "/", permanent: true },
      { source: "/ja/:path*", destination: "/:path*", permanent: true },
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
