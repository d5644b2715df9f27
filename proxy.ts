import { NextResponse, type NextRequest } from "next/server";
import { badUrlResponse, findUrlProblem } from "@/lib/http/bad-url";

// Two duties, each for a few addresses only; the matcher below lets no other
// request run this (a proxy on every request costs a share of a cached page's
// throughput: measured in docs/decisions/0009-bad-input.md).
//
// 1. Bad addresses (ADR 0009): a control character or malformed percent-encoding
//    in the path or a parameter answers 400 before any route runs, so nothing is
//    read, rendered or cached for it. Here and not in each route: pages cannot
//    answer 400, the check would be repeated in every page, handler and parser, and
//    a malformed escape fails inside Next's router before any route. It can only be
//    in a path with a percent-escape (Node refuses raw control bytes in the request
//    line) or in a parameter the site reads: written out because Next reads this
//    config at build time; lib/http/proxy-matcher.test.ts keeps the names in step
//    with lib/notices/listing/query.ts.
// 2. Redirects that must carry the security headers of next.config.ts (ADR 0008).
//    Redirects made by next.config.ts (`redirects()`, and Next's own trailing-slash
//    redirect) leave before those headers are applied; a redirect from the proxy
//    keeps them. So a trailing slash goes (/en/ → /en; Next's redirect is off:
//    skipTrailingSlashRedirect), and /ja/… is not an address of the site: Japanese
//    pages live at the unprefixed addresses and are rewritten to /ja/… internally.
export function proxy(request: NextRequest) {
  // a plain URL, as the client sent it: NextURL would put the trailing slash back
  const url = new URL(request.url);
  const problem = findUrlProblem(url.pathname, url.search);
  if (problem) return badUrlResponse(problem, url.pathname);
  const trimmed = url.pathname.replace(/\/+$/, "") || "/";
  const target = trimmed === "/ja" ? "/" : trimmed.startsWith("/ja/") ? trimmed.slice("/ja".length) : trimmed;
  if (target === url.pathname) return undefined;
  url.pathname = target;
  return NextResponse.redirect(url, 308);
}

export const config = {
  matcher: [
    // 1: any percent-escape in the path, outside Next's own static files
    "/:path((?!_next/).*%.*)",
    { source: "/:path*", has: [{ type: "query", key: "q" }] },
    { source: "/:path*", has: [{ type: "query", key: "service" }] },
    { source: "/:path*", has: [{ type: "query", key: "paymentMethod" }] },
    { source: "/:path*", has: [{ type: "query", key: "channel" }] },
    { source: "/:path*", has: [{ type: "query", key: "kind" }] },
    { source: "/:path*", has: [{ type: "query", key: "year" }] },
    { source: "/:path*", has: [{ type: "query", key: "page" }] },
    // 2: a trailing slash, /ja and /ja/…
    "/:path+/",
    "/ja",
    "/ja/:path*",
  ],
};
