import { NextResponse, type NextRequest } from "next/server";

// Next's own trailing-slash redirect (/en/ → /en) leaves before the headers of
// next.config.ts are applied, so it went out without the security headers. It is
// switched off there (skipTrailingSlashRedirect) and done here instead: a redirect
// from the proxy keeps them. The matcher limits the proxy to such addresses; no other
// request runs it.
export function proxy(request: NextRequest) {
  // a plain URL: NextURL would put the trailing slash back
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/\/+$/, "") || "/";
  return NextResponse.redirect(url, 308);
}

export const config = { matcher: "/:path+/" };
