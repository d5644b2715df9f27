// A withdrawn notice's addresses answer 410 Gone with a page that says so (ADR 0012),
// in both languages; its calendar cancels its events; it leaves the index and feeds.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type APIResponse } from "@playwright/test";
import { accessibilityScan } from "./support/accessibility-scan";

const root = path.join(__dirname, "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const run = (script: string, ...args: string[]) =>
  execFileSync(tsx, ["--conditions=react-server", `e2e/support/${script}`, ...args], { cwd: root, env: process.env, stdio: "pipe" });

const title = "「クロネコwebコレクト」取り下げ試験のお知らせ";
const reason = "作業日程を見直すため、このお知らせを取り下げました。";

test("a withdrawn notice's addresses answer 410 with its title, when and why, cached like its page", async ({ page, request }) => {
  test.setTimeout(120_000);
  const slug = `withdrawn-${Date.now().toString(36)}`;
  run("publish-notice.ts", slug, "86400", "3600", `--title=${title}`);
  const published = await request.get(`/notices/${slug}`);
  expect(published.status()).toBe(200);

  run("withdraw-notice.ts", slug, reason);
  // the server learns of it from the freshness loop (NOTIFY), as from another instance
  let gone: APIResponse | undefined;
  await expect(async () => {
    gone = await request.get(`/notices/${slug}`);
    expect(gone.status()).toBe(410);
  }).toPass({ timeout: 20_000 });
  // cached and refreshed like the notice page it replaces
  expect(gone!.headers()["cache-control"]).toBe(published.headers()["cache-control"]);
  expect(gone!.headers()["content-security-policy"]).toBe(published.headers()["content-security-policy"]);

  for (const address of [`/notices/${slug}/history`, `/notices/${slug}/revisions/1`, `/en/notices/${slug}`, `/en/notices/${slug}/history`])
    expect((await request.get(address)).status(), address).toBe(410);

  const response = await page.goto(`/notices/${slug}`);
  expect(response!.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("このお知らせは取り下げられました");
  await expect(page.locator(".withdrawn-facts")).toContainText(title);
  await expect(page.locator(".withdrawn-facts")).toContainText(reason);
  // the withdrawal's moment in JST: today's date, "年…月…日"
  await expect(page.locator(".withdrawn-facts time")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
  expect((await accessibilityScan(page).analyze()).violations).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/withdrawn-ja.png", fullPage: true });
  await page.getByRole("link", { name: "お知らせ一覧へ戻る" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  const english = await page.goto(`/en/notices/${slug}`);
  expect(english!.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This notice was withdrawn");
  await expect(page.locator(".withdrawn-facts")).toContainText("Kuroneko Web Collect emergency maintenance");
  await page.screenshot({ path: "test-results/screenshots/withdrawn-en.png", fullPage: true });

  // the calendar of the notice cancels its event; the site's calendar and feed drop it
  const calendar = await (await request.get(`/notices/${slug}/calendar.ics`)).text();
  expect(calendar.replace(/\r\n[ \t]/g, "")).toMatch(/STATUS:CANCELLED/);
  expect(await (await request.get("/calendar.ics")).text()).not.toContain(slug);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(slug);
  // an address of a notice that was never withdrawn is still a 404
  expect((await request.get(`/notices/${slug}-x/withdrawn`)).status()).toBe(404);
});
