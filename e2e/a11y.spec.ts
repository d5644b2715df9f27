// axe-core on the public pages, both languages: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const slug = "2019-07-29-webcollect-scheduled-maintenance";
const pages = ["/", "/en", `/notices/${slug}`, `/en/notices/${slug}`, `/notices/${slug}/history`, `/en/notices/${slug}/history`, "/notices/2020-04-20-webcollect-extraordinary-maintenance"];

for (const path of pages) {
  test(`no serious accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
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
