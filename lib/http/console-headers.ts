// The staff console's response headers (docs/decisions/0010-console-headers.md). Unlike
// the public pages, every console page is rendered per request for one signed-in
// person, so its scripts can carry a per-request nonce instead of 'unsafe-inline',
// and nothing of it may be stored by a browser or a proxy.

/** Addresses that get these headers instead of the public site's policy. */
export function isConsolePath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/auth/");
}

export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function consoleContentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': the scripts Next loads from a nonced script are trusted too.
    // React's development build needs eval; the production build never gets it.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : ""}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

export const consoleCacheControl = "no-store";
