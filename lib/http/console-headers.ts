// The staff console's response headers (docs/decisions/0010-console-headers.md). Unlike
// the public pages, every console page is rendered per request for one signed-in
// person, so its scripts can carry a per-request nonce instead of 'unsafe-inline',
// and nothing of it may be stored by a browser or a proxy.
import { contentSecurityPolicy } from "./content-security-policy";

/** Addresses that get these headers instead of the public site's policy. */
export function isConsolePath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/auth/");
}

export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

export function consoleContentSecurityPolicy(nonce: string, development = process.env.NODE_ENV === "development"): string {
  // 'strict-dynamic': the scripts Next loads from a nonced script are trusted too; the same
  // nonce lets CodeMirror's one <style> element in (style-mod writes a document's styles
  // into a <style>, not an adopted sheet; EditorView.cspNonce gives it the nonce)
  return contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, development, nonce);
}

export const consoleCacheControl = "no-store";
