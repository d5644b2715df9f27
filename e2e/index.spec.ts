import { expect, test } from "@playwright/test";

test.describe("notice index", () => {
  test("lists both reference notices with their JST windows", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/メンテナンス/);
    await expect(page.getByRole("heading", { level: 1, name: "お知らせ一覧" })).toBeVisible();

    const scheduled = page.getByRole("listitem").filter({ hasText: "定期システムメンテナンス実施(7/29)" });
    await expect(scheduled.getByRole("link", { name: "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ" })).toBeVisible();
    await expect(scheduled).toContainText("※7/23 追記あり");
    await expect(scheduled).toContainText("追記あり");
    await expect(scheduled).toContainText("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    await expect(scheduled).toContainText("定期");

    const extraordinary = page.getByRole("listitem").filter({ hasText: "臨時システムメンテナンス実施(4/20)" });
    await expect(extraordinary).toContainText("2020年4月20日(月) 午前2:00～6:00 (4時間)");
    await expect(extraordinary).toContainText("臨時");
    await expect(extraordinary).not.toContainText("追記あり");

    // both windows are in the past: they are listed under 終了
    await expect(page.getByRole("heading", { level: 2, name: "終了" })).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/index-ja.png", fullPage: true });
  });

  test("says so when nothing is upcoming, rather than leave a gap", async ({ page }) => {
    // both reference notices are past (2019, 2020)
    await page.goto("/");
    const upcoming = page.getByRole("region", { name: "予定" });
    await expect(upcoming).toContainText("予定されているお知らせは、現在ありません。");
    await expect(upcoming.getByRole("listitem")).toHaveCount(0);
    await page.goto("/en");
    await expect(page.getByRole("region", { name: "Upcoming" })).toContainText("Nothing is scheduled at the moment.");
    // a filtered list says it of what it shows
    await page.goto("/?kind=EXTRAORDINARY");
    await expect(page.getByRole("region", { name: "予定" })).toContainText("条件に合う予定のお知らせはありません。");
  });

  test("the English index shows the English titles", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Kuroneko Web Collect scheduled system maintenance (29 July)" })).toBeVisible();
    await expect(page.getByText("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)")).toBeVisible();
    await expect(page.getByText("(Updated 23 Jul: addendum)")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/index-en.png", fullPage: true });
  });
});
