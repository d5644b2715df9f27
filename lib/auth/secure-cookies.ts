/**
 * Session cookies are `__Secure-`/`__Host-` prefixed and Secure when the site is served
 * over HTTPS, which the configured public address says (TLS ends at the reverse proxy,
 * so the app itself only ever sees plain HTTP). Either address being https:// is enough.
 */
export function servedOverHttps(env: Record<string, string | undefined> = process.env): boolean {
  return [env.NEXTAUTH_URL, env.PUBLIC_BASE_URL].some((url) => url?.startsWith("https://"));
}
