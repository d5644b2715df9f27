import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // the generated Prisma client and pg are server-only Node modules
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // tests build into their own folder so they never replace the build `npm start` serves
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
};

export default nextConfig;
