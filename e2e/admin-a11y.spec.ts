import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { allows, pages, visitorRoles, visitors } from "./support/console-access";
import { fillUrl } from "./support/console-access-db";
import { createStaffUser, signInAs } from "./support/staff";

// axe-core, all rules, on every console page of the access table, as a visitor
// allowed to see it, on a phone and on a desktop: no violation of any impact.

const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;

for (const entry of pages) {
  // the least privileged visitor who may see it (the page as most of its users see it)
  const visitor = visitors.find((v) => allows(entry.audience, v));
  if (!visitor) continue;
  for (const [device, viewport] of Object.entries(viewports)) {
    test(`no accessibility violations on ${entry.url} (${visitor}, ${device})`, async ({ page, context, baseURL }) => {
      test.slow();
      await page.setViewportSize(viewport);
      if (visitor !== "anonymous") await signInAs(context, await createStaffUser([visitorRoles[visitor]]), baseURL!);
      const response = await page.goto(await fillUrl(entry.url));
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      const name = entry.url.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "root";
      await page.screenshot({ path: `test-results/screenshots/a11y-${name}-${device}.png`, fullPage: true });
    });
  }
}
