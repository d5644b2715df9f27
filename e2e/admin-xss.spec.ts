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

// The harness must be able to fail: markup written into the document by the test, as
// a renderer that let HTML through would write it.
const injected = `<img src="/nothing.png" onerror="window.__xss=6;alert(6)"><a href="javascript:void 0">x</a>`;

test("the harness sees a payload that runs (public policy) and one the console's policy blocks", async ({ page }) => {
  const watch = await watchForScripts(page);
  await page.goto("/");
  await page.locator("main").evaluate((main, html) => main.insertAdjacentHTML("beforeend", html), injected);
  await expect.poll(() => watch.findings()).toEqual(expect.arrayContaining(["dialog (alert): 6", "window.__xss was set to 6"]));
  expect(await dangerousMarkup(page.locator("main"))).toEqual([expect.stringMatching(/^onerror handler on <img>/), expect.stringMatching(/^href="javascript:void 0" on <a>/)]);

  const console = await watchForScripts(page);
  await page.goto("/admin/sign-in");
  await page.locator("main").evaluate((main, html) => main.insertAdjacentHTML("beforeend", html), injected);
  await expect.poll(() => console.findings()).toEqual(expect.arrayContaining([expect.stringMatching(/^CSP violation: script-src-attr/)]));
});

test("the sign-in form keeps every payload typed into it as text", async ({ page }) => {
  test.slow();
  const watch = await watchForScripts(page);
  await page.goto("/admin/sign-in");
  const email = page.getByLabel("メールアドレス");
  for (const payload of xssCorpus) {
    // one-line fields: a payload's line breaks become spaces
    const text = payload.text.replace(/\n+/g, " ");
    await email.fill(text);
    await page.getByLabel("パスワード").fill(text);
    await page.getByRole("button", { name: "サインイン" }).click();
    // the shared schema refuses it at the field, the value stays as typed
    await expect(email, payload.name).toHaveAccessibleDescription("メールアドレスの形式が正しくありません。");
    // (an email input drops outer spaces from its value)
    await expect(email).toHaveValue(text.trim());
  }
  expect(await watch.findings()).toEqual([]);
  expect(await dangerousMarkup(page.locator("main"))).toEqual([]);
});

test.describe("a published notice with the corpus in every field", () => {
  // one name for every worker process (each test run has a fresh database; xss-publish.ts publishes it once)
  const slug = "xss-corpus";

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
