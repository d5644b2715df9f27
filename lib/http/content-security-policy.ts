// One Content-Security-Policy for every response; the public pages and the staff
// console differ only in where scripts may come from (docs/decisions/0008 and 0010).
// No imports: next.config.ts reads it as well as proxy.ts.

/**
 * The policy with `scriptSources` as script-src. React's development build needs eval and the dev tools inject <style> elements; the production build gets neither.
 * `styleNonce`: <style> elements carrying it are allowed too (the console's CodeMirror writes its styles into one; production only, as a nonce would switch 'unsafe-inline' off).
 */
export function contentSecurityPolicy(scriptSources: string, development: boolean, styleNonce?: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${development ? " 'unsafe-inline'" : styleNonce ? ` 'nonce-${styleNonce}'` : ""}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}
