import type { NextRequest } from "next/server";
import { badUrlResponse, findUrlProblem } from "@/lib/http/bad-url";

// The bad-address check, and nothing else (docs/decisions/0009-bad-input.md): an address with a control
// character or malformed percent-encoding answers 400 before any route runs.
//
// Why here and not in each route: pages cannot answer 400 (only 404, through
// notFound()), the same check would otherwise be repeated in every page, route
// handler and parameter parser, and a malformed escape crashes Next's router before
// any route sees it. Why not for every request: the proxy costs a share of a cached
// page's throughput (measured in ADR 0009), so the matcher lets it run only where a
// bad address can be: a path with a percent-escape (a control character cannot
// reach a path unescaped: Node's HTTP parser refuses the request line) and requests
// carrying a parameter the site reads. `/`, `/en` and the notice pages as linked
// run without it. The parameter names are written out because Next reads this
// config at build time; lib/http/proxy-matcher.test.ts keeps them in step with
// lib/notices/listing/query.ts.
export function proxy(request: NextRequest) {
  const { pathname, search } = new URL(request.url);
  const problem = findUrlProblem(pathname, search);
  return problem ? badUrlResponse(problem, pathname) : undefined;
}

export const config = {
  matcher: [
    // any percent-escape in the path, outside Next's own static files
    "/:path((?!_next/).*%.*)",
    { source: "/:path*", has: [{ type: "query", key: "q" }] },
    { source: "/:path*", has: [{ type: "query", key: "service" }] },
    { source: "/:path*", has: [{ type: "query", key: "paymentMethod" }] },
    { source: "/:path*", has: [{ type: "query", key: "channel" }] },
    { source: "/:path*", has: [{ type: "query", key: "kind" }] },
    { source: "/:path*", has: [{ type: "query", key: "year" }] },
    { source: "/:path*", has: [{ type: "query", key: "page" }] },
  ],
};
