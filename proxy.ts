import { NextResponse, type NextRequest } from "next/server";
import { badUrlResponse, findUrlProblem } from "@/lib/http/bad-url";
import { ownPageUrl } from "@/lib/http/own-page-url";
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
// 4. A withdrawn notice's addresses (its page, history and revisions) answer 410 Gone
//    with the page that says so (ADR 0012). Pages cannot choose their status, and a
//    rewrite from here loops (lib/http/own-page-url.ts), so the proxy fetches that
//    page from this server and answers it with 410. The list of withdrawn slugs is kept in memory
//    (lib/notices/withdrawn/directory.ts), so a notice's page costs no query here.
export async function proxy(request: NextRequest) {
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
  const gone = await withdrawnPage(url.pathname);
  if (gone) return (await goneResponse(gone, request)) ?? undefined;
  return undefined;
}

// /notices/{slug}, …/history, …/revisions/{n}, in
// either language; the notice's calendar is answered by its route (cancelled events).
// The 410 page's own address (…/withdrawn) is not one of them: the proxy fetches it.
const NOTICE_ADDRESS = /^(?:\/(en))?\/notices\/([^/]+)(?:\/history|\/revisions\/[^/]+)?$/;

/** Where the 410 page of a withdrawn notice at this address is rendered, or null. */
async function withdrawnPage(pathname: string): Promise<string | null> {
  const match = NOTICE_ADDRESS.exec(pathname);
  if (!match) return null;
  const [, locale = "ja", slug = ""] = match;
  // loaded on first use: the matcher's unit test imports this file's config without a database
  const { isWithdrawn } = await import("@/lib/notices/withdrawn/directory");
  if (!(await isWithdrawn(slug))) return null;
  return `${locale === "en" ? "/en" : ""}/notices/${slug}/withdrawn`;
}

// Headers of the 410 page that describe its body and how long it may be kept; the
// security headers are added to this response by next.config.ts as to any other.
const PAGE_HEADERS = ["content-type", "cache-control", "vary"];

/**
 * The withdrawn notice's page, fetched from this server (a rewrite loops: see
 * lib/http/own-page-url.ts) and answered with 410 Gone. Null when that page cannot be
 * had (the list of withdrawn notices was older than the page's data): the address
 * then answers as it would without the proxy.
 */
async function goneResponse(pathname: string, request: NextRequest): Promise<NextResponse | null> {
  const page = await fetch(ownPageUrl(pathname, request), { redirect: "manual", cache: "no-store" }).catch(() => null);
  if (!page?.ok) return null;
  const headers = new Headers();
  for (const name of PAGE_HEADERS) {
    const value = page.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new NextResponse(page.body, { status: 410, headers });
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
    // 4: a notice's pages (a withdrawn one answers 410)
    "/notices/:slug/:rest*",
    "/en/notices/:slug/:rest*",
  ],
};
