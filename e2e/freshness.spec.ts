// Cached pages follow the clock and publications made elsewhere (ADR 0005).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = path.join(__dirname, "..");

function publish(slug: string, startsInSeconds: number, lastsSeconds: number) {
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/publish-notice.ts", slug, String(startsInSeconds), String(lastsSeconds)], {
    cwd: root,
    env: process.env,
    stdio: "pipe",
  });
}

test("a notice published elsewhere appears, and its status changes when its window starts", async ({ page }) => {
  test.setTimeout(90_000);
  const slug = `freshness-${Date.now().toString(36)}`;
  await page.goto("/");
  await expect(page.getByRole("link", { name: "「クロネコwebコレクト」緊急メンテナンスのお知らせ" })).toHaveCount(0);

  publish(slug, 25, 600);
  // the cached index learns of it from the freshness loop, not from a revalidate call
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: "「クロネコwebコレクト」緊急メンテナンスのお知らせ" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });

  await page.goto(`/notices/${slug}`);
  const facts = page.getByRole("complementary", { name: "概要" });
  await expect(facts).toContainText("予定");
  // once the window has started, the cached page says so without waiting for its revalidate period
  await expect(async () => {
    await page.reload();
    await expect(facts).toContainText("メンテナンス中", { timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "メンテナンス中" })).toBeVisible();
});
