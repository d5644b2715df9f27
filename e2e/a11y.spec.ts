// axe-core on every kind of public page, both languages, all its rules: no violation
// of any impact (heading order and landmarks included, not only the serious ones).
import { expect, test, type Page } from "@playwright/test";
import { publicPages, scheduled as slug } from "./support/public-pages";
import { accessibilityScan } from "./support/accessibility-scan";
import { newProjectContext } from "./support/project-context";

test.describe("every kind of public page", () => {
  // one page for the whole walk: a new context and page cost about half a second each here
  // (a renderer process), and these checks only look; every `goto` is a new document
  let page: Page;
  test.beforeAll(async ({ browser }, testInfo) => {
    page = await (await newProjectContext(browser, testInfo)).newPage();
  });
  test.afterAll(() => page.context().close());

  for (const { path, status } of publicPages) {
    test(`no accessibility violations on ${path}`, async () => {
      // every rule of axe on a long page: seconds on an idle machine, more on a busy one
      test.slow();
      const response = await page.goto(path);
      expect(response?.status()).toBe(status);
      await expect(page.locator("main h1")).toBeVisible();
      const results = await accessibilityScan(page).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
});

test("the print layout hides the site and keeps the letter and its facts", async ({ page }) => {
  await page.goto(`/notices/${slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("complementary", { name: "概要" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/notice-000-print.png", fullPage: true });
});
