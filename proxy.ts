import { NextResponse, type NextRequest } from "next/server";
import { badUrlResponse, findUrlProblem } from "@/lib/http/bad-url";
import { consoleCacheControl, consoleContentSecurityPolicy, isConsolePath, newNonce } from "@/lib/http/console-headers";

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
// 3. The staff console's headers (ADR 0010): a Content-Security-Policy with a nonce
//    made for this request (Next reads it from the request's header and puts it on
//    its scripts) and `Cache-Control: no-store`. Only headers: whether anyone may see
//    a console page is decided by the page itself (lib/auth/session.ts), never here.
export function proxy(request: NextRequest) {
  // a plain URL, as the client sent it: NextURL would put the trailing slash back
  const url = new URL(request.url);
  const problem = findUrlProblem(url.pathname, url.search);
  if (problem) return badUrlResponse(problem, url.pathname);
  const trimmed = url.pathname.replace(/\/+$/, "") || "/";
  const target = trimmed === "/ja" ? "/" : trimmed.startsWith("/ja/") ? trimmed.slice("/ja".length) : trimmed;
  if (target !== url.pathname) {
    url.pathname = target;
    return NextResponse.redirect(url, 308);
  }
  if (isConsolePath(url.pathname)) return withConsoleHeaders(request);
  return undefined;
}

function withConsoleHeaders(request: NextRequest) {
  const policy = consoleContentSecurityPolicy(newNonce());
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("Cache-Control", consoleCacheControl);
  return response;
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
    // 3: the staff console and next-auth's endpoints
    "/admin",
    "/admin/:path*",
    "/api/auth/:path*",
  ],
};
