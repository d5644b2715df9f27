import type { Browser, BrowserContext, TestInfo } from "@playwright/test";

/**
 * A browser context with the project's own settings (base URL, locale, viewport, user
 * agent), for a beforeAll that keeps one page for many tests: the `page` fixture, which
 * applies them, is made anew for every test.
 */
export function newProjectContext(browser: Browser, testInfo: TestInfo): Promise<BrowserContext> {
  const { baseURL, locale, viewport, userAgent, deviceScaleFactor } = testInfo.project.use;
  return browser.newContext({ baseURL, locale, viewport, userAgent, deviceScaleFactor });
}
