import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { xssCorpus } from "./support/xss-corpus";
import { dangerousMarkup, watchForScripts } from "./support/xss-harness";

// The XSS corpus (e2e/support/xss-corpus.ts, 50+ payloads) through every text and
// Markdown field there is, checked in the browser: no dialog, no payload's marker
// set, no CSP violation report, no error from injected code, and no markup left
// behind that would run on a click or hover.

const root = path.join(__dirname, "..");

test("the sign-in form keeps every payload typed into it as text", async ({ page }) => {
  test.slow();
  const watch = await watchForScripts(page);
  await page.goto("/admin/sign-in");
  const email = page.getByLabel("メールアドレス");
  for (const payload of xssCorpus) {
    await email.fill(payload.text);
    await page.getByLabel("パスワード").fill(payload.text);
    await page.getByRole("button", { name: "サインイン" }).click();
    // the shared schema refuses it at the field, the value stays as typed
    await expect(email, payload.name).toHaveAccessibleDescription("メールアドレスの形式が正しくありません。");
    await expect(email).toHaveValue(payload.text.replace(/\n/g, ""));
  }
  expect(await watch.findings()).toEqual([]);
  expect(await dangerousMarkup(page.locator("main"))).toEqual([]);
});

test.describe("a published notice with the corpus in every field", () => {
  const slug = `xss-${Date.now().toString(36)}`;

  test.beforeAll(() => {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/xss-publish.ts", slug], { cwd: root, env: process.env, stdio: "pipe" });
  });

  for (const url of [`/notices/${slug}`, `/en/notices/${slug}`, `/notices/${slug}/history`, "/", "/en"]) {
    test(`is inert on ${url}`, async ({ page }) => {
      test.slow();
      const watch = await watchForScripts(page);
      // the payloads are on the page, as text (cached pages learn of the notice from the freshness loop)
      await expect(async () => {
        expect((await page.goto(url))?.status()).toBe(200);
        await expect(page.locator("main")).toContainText("window.__xss=1", { timeout: 1000 });
      }).toPass({ timeout: 30_000 });
      // let lazy images fail, focus handlers fire, details toggle
      await page.mouse.move(200, 300);
      await page.keyboard.press("Tab");
      await page.waitForLoadState("networkidle");
      expect(await watch.findings()).toEqual([]);
      expect(await dangerousMarkup(page.locator("main"))).toEqual([]);
      if (url === `/notices/${slug}`) await page.screenshot({ path: "test-results/screenshots/xss-notice.png", fullPage: false });
    });
  }
});
