// The live maintenance screens (issue 10) over real HTTP in Chromium: GET /maintenance and
// /maintenance/modal as a buyer meets them. Previews (`at=`) of the seeded notice 000's
// window (2019-07-29 02:00–07:00 JST, on link-payment-page, token-modal and others), and a
// window a few seconds long published here, watched turning on and off.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test, type APIResponse, type Page, type Response } from "@playwright/test";
import { scheduled } from "./support/public-pages";
import { accessibilityScan } from "./support/accessibility-scan";

const root = path.resolve(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const DURING_000 = "2019-07-29T03:00:00%2B09:00";
const shots = "test-results/screenshots";

/** Every Content-Security-Policy header of a response: exactly one must come (two would both apply). */
const policies = async (response: Response | APIResponse) =>
  (await response.headersArray()).filter((h) => h.name.toLowerCase() === "content-security-policy").map((h) => h.value);

const POLICY = /^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/;

/** Opens a screen, counting every request the page makes and every refusal the browser reports under the page's CSP. */
async function open(page: Page, url: string) {
  const requests: string[] = [];
  const complaints: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("console", (message) => /Content Security Policy|Refused to/i.test(message.text()) && complaints.push(message.text()));
  const response = (await page.goto(url))!;
  await page.waitForLoadState("load");
  return { response, requests, complaints };
}

async function expectTinySelfContained(page: Page, opened: Awaited<ReturnType<typeof open>>) {
  const { response, requests, complaints } = opened;
  const body = await response.body();
  expect(body.toString("utf8")).not.toMatch(/<script/i);
  expect(await page.locator("script").count()).toBe(0);
  expect(gzipSync(body).length).toBeLessThanOrEqual(14 * 1024);
  // the page, and nothing else: CSS and logo are inline
  expect(requests).toEqual([response.url()]);
  expect(complaints).toEqual([]);
  // no horizontal scroll at this width
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  const axe = await accessibilityScan(page).analyze();
  expect(axe.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const lang of ["ja", "en"] as const)
  for (const width of [375, 1280])
    test(`the full-page screen in ${lang} at ${width} px: one hashed style, no script, one request, under 14 KB, axe clean`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
      const opened = await open(page, `/maintenance?channel=link-payment-page&lang=${lang}&at=${DURING_000}`);
      const { response } = opened;
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(await policies(response)).toEqual([expect.stringMatching(POLICY)]);
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["retry-after"]).toBeUndefined();
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["content-type"]).toBe("text/html; charset=utf-8");
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expect(page.locator("h1")).toHaveCount(1);
      await expect(page.locator(".mscreen__period-value")).toHaveText(lang === "ja" ? "7月29日(月) 2時00分～7時00分" : "Mon, 29 July, 2:00–7:00 (JST)");
      // the hashed <style> applied (a refused one would leave the period unframed)
      await expect(page.locator(".mscreen__period")).toHaveCSS("border-top-color", "rgb(208, 2, 27)");
      await expect(page.locator("img.mscreen__logo")).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
      await expectTinySelfContained(page, opened);
      await page.screenshot({ path: `${shots}/maintenance-${lang}-${width}.png`, fullPage: true });
    });

for (const lang of ["ja", "en"] as const)
  test(`the modal's inline message in ${lang}: framed by no one until the admin lists an origin, axe clean`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 300 });
    const opened = await open(page, `/maintenance/modal?channel=token-modal&lang=${lang}&at=${DURING_000}`);
    expect(opened.response.status()).toBe(200);
    expect(await policies(opened.response)).toEqual([expect.stringMatching(POLICY)]);
    // framing is the CSP's to decide: no X-Frame-Options that would forbid every merchant
    expect(opened.response.headers()["x-frame-options"]).toBeUndefined();
    await expect(page.getByRole("alert")).toHaveText(lang === "ja" ? /メンテナンス中です/ : /maintenance/i);
    await expectTinySelfContained(page, opened);
    await page.screenshot({ path: `${shots}/maintenance-modal-${lang}-375.png`, fullPage: true });
  });

test("a window published now: 404 before it, 503 with Retry-After during it, 404 after it, to the second", async ({ request }) => {
  test.slow();
  const url = "/maintenance?channel=token-embedded&lang=ja";
  const before = await request.get(url);
  expect(before.status()).toBe(404);
  expect(await policies(before)).toEqual([expect.stringMatching(POLICY)]);
  // starts in 6 s, lasts 8 s, on token-embedded only
  execFileSync(tsx, ["--conditions=react-server", "e2e/support/publish-notice.ts", `screen-live-${Date.now().toString(36)}`, "6", "8", "--channels=token-embedded"], { cwd: root, env: process.env, stdio: "pipe" });
  // the server hears of the publication (its freshness loop); until the start it stays 404, cached no longer than the start is away
  await expect
    .poll(async () => {
      const response = await request.get(url);
      const maxAge = Number(/max-age=(\d+)/.exec(response.headers()["cache-control"] ?? "")?.[1]);
      expect(maxAge).toBeLessThanOrEqual(5);
      return response.status();
    }, { timeout: 15_000, intervals: [250] })
    .toBe(503);
  const during = await request.get(url);
  // the window as the API has it: the screen must go off at its end, to the second
  const state = await (await request.get("/api/v1/maintenance?channel=token-embedded")).json();
  const end = Date.parse(state.window.end);
  const headers = during.headers();
  const retryAfter = Number(headers["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(8);
  // never cached past the end
  expect(Number(/^public, max-age=(\d+)$/.exec(headers["cache-control"]!)![1])).toBeLessThanOrEqual(retryAfter);
  expect(await policies(during)).toEqual([expect.stringMatching(POLICY)]);
  expect(await during.text()).not.toMatch(/<script/i);
  // HEAD answers the same, without a body
  const head = await request.head(url);
  expect(head.status()).toBe(503);
  expect(head.headers()["retry-after"]).toBeTruthy();
  expect((await head.body()).length).toBe(0);
  await expect.poll(async () => (await request.get(url)).status(), { timeout: 20_000, intervals: [250] }).toBe(404);
  // off at the end and not before it; within a second after it (the polling's step, a request's time)
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  expect(Date.now() - end).toBeLessThan(1_500);
});

test("Accept-Language decides without lang (Japanese by default), and the answer says it varies with it", async ({ request }) => {
  const english = await request.get(`/maintenance?channel=link-payment-page&at=${DURING_000}`, { headers: { "Accept-Language": "en-GB,en;q=0.9" } });
  expect(english.headers()).toMatchObject({ "content-language": "en", vary: expect.stringContaining("Accept-Language") });
  expect(await english.text()).toContain(`<html lang="en">`);
  const other = await request.get(`/maintenance?channel=link-payment-page&at=${DURING_000}`, { headers: { "Accept-Language": "fr" } });
  expect(other.headers()["content-language"]).toBe("ja");
});

test("400 for a missing or bad parameter, 404 for an unknown channel: short pages with the same policy, never 500", async ({ request }) => {
  for (const [url, status] of [
    ["/maintenance", 400],
    ["/maintenance?lang=en", 400],
    ["/maintenance?channel=link-payment-page&lang=fr", 400],
    ["/maintenance?channel=link-payment-page&at=tomorrow", 400],
    ["/maintenance?channel=a&channel=b", 400],
    ["/maintenance/modal?channel=%3Cscript%3E", 400],
    ["/maintenance?channel=link-payment-page&lang=%00", 400],
    ["/maintenance?channel=no-such-channel", 404],
    ["/maintenance/modal?channel=no-such-channel&lang=en", 404],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(status);
    expect(response.headers()["content-type"], url).toMatch(/^text\/html|^text\/plain/);
    const body = await response.text();
    expect(body, url).not.toMatch(/<script/i);
    if (status === 404 || response.headers()["content-type"]?.startsWith("text/html")) expect(await policies(response), url).toEqual([expect.stringMatching(POLICY)]);
  }
});

test("資料1 on the notice page shows the screens in Japanese and English, drawn live", async ({ page }) => {
  await page.goto(`/notices/${scheduled}`);
  const ja = page.getByRole("img", { name: "メンテナンス画面 (日本語)" });
  const en = page.getByRole("img", { name: "メンテナンス画面 (英語)" });
  await expect(ja).toContainText("7月29日(月) 2時00分～7時00分");
  await expect(en).toContainText("Mon, 29 July, 2:00–7:00 (JST)");
  await ja.locator("xpath=ancestor::figure").screenshot({ path: `${shots}/notice-000-screens.png` });
});
