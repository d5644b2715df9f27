import type { Page } from "@playwright/test";

/**
 * Collects the Content-Security-Policy violations each document of `page` reports, from
 * before its first script on; the function returns the current document's (a reload or
 * a `goto` starts a new list, a client-side navigation keeps the document and its list).
 */
export async function watchPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}
