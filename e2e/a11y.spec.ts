// axe-core on every kind of public page, both languages, all its rules: no violation
// of any impact (heading order and landmarks included, not only the serious ones).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { publicPages, scheduled as slug } from "./support/public-pages";

for (const { path, status } of publicPages) {
  test(`no accessibility violations on ${path}`, async ({ page }) => {
    // every rule of axe on a long page: seconds on an idle machine, more on a busy one
    test.slow();
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expect(page.locator("main h1")).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("the print layout hides the site and keeps the letter and its facts", async ({ page }) => {
  await page.goto(`/notices/${slug}`);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("complementary", { name: "概要" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/notice-000-print.png", fullPage: true });
});
