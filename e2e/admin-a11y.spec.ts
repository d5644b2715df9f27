import { expect, test, type Page } from "@playwright/test";
import { allows, pages, visitorRoles, visitors, type Visitor } from "./support/console-access";
import { closeDatabase, fillUrl } from "./support/console-access-db";
import { watchPolicyViolations } from "./support/policy-violations";
import { createStaffUser, signInAs } from "./support/staff";
import { referenceAmendment } from "./support/workflow-fixtures";
import { accessibilityScan } from "./support/accessibility-scan";
import { newProjectContext } from "./support/project-context";

test.afterAll(closeDatabase);

// Every console page of the access table, and an amendment draft's page (amendment
// panel with its diff, and the editor), as a visitor allowed to see it, loaded once and
// looked at on a phone and on a desktop: the page is no wider than the screen (nothing to
// scroll sideways), the console's CSP reports no violation (a <style> or style attribute
// without the nonce included), and a screenshot of each. axe-core (all rules) runs at the
// phone's width, where tables become scrollable regions and grids fold: the desktop adds
// no rule axe does not already see there, and each run takes seconds on a long page.

const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } } as const;

/** The document's width against the window's, and the outermost elements that stick out (to name the culprit). */
function measureWidth() {
  const viewport = window.innerWidth;
  const out = (e: Element) => e.getBoundingClientRect().right > viewport + 0.5;
  const culprits = [...document.querySelectorAll("body *")]
    .filter((e) => out(e) && !(e.parentElement && out(e.parentElement)))
    .slice(0, 5)
    .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ""}${[...e.classList].map((c) => `.${c}`).join("")} (${Math.round(e.getBoundingClientRect().right)} px)`);
  return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
}

/** The page as loaded, at each width in turn (CSS follows the resize; nothing reloads). */
async function checkPage(page: Page, violations: () => Promise<string[]>, shot: string) {
  for (const [device, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    if (device === "phone") {
      const results = await accessibilityScan(page).analyze();
      expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), device).toEqual([]);
    }
    const width = await page.evaluate(measureWidth);
    expect(width.scrollWidth, `${device}: wider than the window: ${width.culprits.join(", ")}`).toBeLessThanOrEqual(width.viewport);
    await page.screenshot({ path: `test-results/screenshots/${shot}-${device}.png`, fullPage: true });
  }
  expect(await violations()).toEqual([]);
}

test.describe("an amendment draft's page", () => {
  let noticeId = "";
  test.beforeAll(() => {
    test.setTimeout(120_000); // a tsx process publishes a long notice and amends it
    ({ noticeId } = referenceAmendment("(画面確認)"));
  });
  test("no accessibility violations, nothing wider than the screen, no CSP report (editor)", async ({ page, context, baseURL }) => {
    // the longest console page: the amendment's diff above the whole editor
    test.setTimeout(180_000);
    const violations = await watchPolicyViolations(page);
    await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
    await page.goto(`/admin/notices/${noticeId}`);
    const amendment = page.getByRole("region", { name: "訂正・追記の内容" });
    await expect(amendment.getByRole("insertion").first()).toBeVisible();
    // CodeMirror has mounted (and written its <style>)
    await expect(page.getByRole("textbox", { name: "前文(あいさつ・概要、Markdown)(日本語)" })).toBeVisible({ timeout: 30_000 });
    await checkPage(page, violations, "a11y-amendment-draft");
  });
});

// the dashboard as an approver sees it: the maintenance controls (issue 10) above the lists
test("no accessibility violations, nothing wider than the screen, no CSP report on /admin with the maintenance controls (approver)", async ({ page, context, baseURL }) => {
  test.slow();
  const violations = await watchPolicyViolations(page);
  await signInAs(context, await createStaffUser(["APPROVER"]), baseURL!);
  await page.goto("/admin");
  await expect(page.getByRole("region", { name: "メンテナンス操作" })).toBeVisible();
  await checkPage(page, violations, "a11y-admin-maintenance-controls");
});

test.describe("every console page of the access table", () => {
  // One page per visitor for the whole walk: a new context and page cost about half a
  // second each here (a renderer process), and these checks only look. Every `goto` starts
  // a new document, with its own list of CSP reports. A failed test ends the worker; the
  // next one signs in again (beforeAll runs anew).
  const visitorPages = new Map<Visitor, { page: Page; violations: () => Promise<string[]> }>();
  test.beforeAll(async ({ browser }, testInfo) => {
    for (const visitor of visitors) {
      const context = await newProjectContext(browser, testInfo);
      if (visitor !== "anonymous") await signInAs(context, await createStaffUser([visitorRoles[visitor]]), testInfo.project.use.baseURL!);
      const page = await context.newPage();
      visitorPages.set(visitor, { page, violations: await watchPolicyViolations(page) });
    }
  });
  test.afterAll(async () => {
    await Promise.all([...visitorPages.values()].map(({ page }) => page.context().close()));
  });

  for (const entry of pages) {
    // the least privileged visitor who may see it (the page as most of its users see it)
    const visitor = visitors.find((v) => allows(entry.audience, v));
    if (!visitor) continue;
    test(`no accessibility violations, nothing wider than the screen, no CSP report on ${entry.url} (${visitor})`, async () => {
      test.slow();
      const { page, violations } = visitorPages.get(visitor)!;
      const response = await page.goto(await fillUrl(entry.url));
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1").first()).toBeVisible();
      const name = entry.url.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "root";
      await checkPage(page, violations, `a11y-${name}`);
    });
  }
});
