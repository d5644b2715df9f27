import { NextResponse, type NextRequest } from "next/server";

// Redirects that must carry the security headers of next.config.ts. Redirects made
// by next.config.ts (`redirects()`, and Next's own trailing-slash redirect) leave
// before those headers are applied; a redirect from the proxy keeps them. So:
// - a trailing slash goes (/en/ → /en; Next's redirect is off: skipTrailingSlashRedirect);
// - /ja/… is not an address of the site: Japanese pages live at the unprefixed
//   addresses and are rewritten to /ja/… internally (next.config.ts).
// The matcher limits the proxy to these addresses; no other request runs it.
export function proxy(request: NextRequest) {
  // a plain URL: NextURL would put the trailing slash back
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, "") || "/";
  url.pathname = path === "/ja" ? "/" : path.startsWith("/ja/") ? path.slice("/ja".length) : path;
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: ["/:path+/", "/ja", "/ja/:path*"] };
