import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // the generated Prisma client and pg are server-only Node modules
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // tests build into their own folder so they never replace the build `npm start` serves
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // `/` and `/en` are cached pages (ISR) that cannot read the query string. An address
  // with an index parameter (lib/notices/listing/query.ts, indexQueryKeys) is served by
  // the per-request /search route instead, under the same shareable address.
  async rewrites() {
    const keys = ["q", "service", "paymentMethod", "channel", "kind", "year", "page"];
    return {
      beforeFiles: [
        ...keys.map((key) => ({ source: "/", has: [{ type: "query" as const, key }], destination: "/search" })),
        ...keys.map((key) => ({ source: "/en", has: [{ type: "query" as const, key }], destination: "/en/search" })),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
