import { expect, test } from "@playwright/test";

const slug = "2019-07-29-webcollect-scheduled-maintenance";

test.describe("notice history", () => {
  test("lists both revisions of notice 000 newest first, with the 7/23 addendum's added section", async ({ page }) => {
    await page.goto(`/notices/${slug}`);
    await page.getByRole("navigation", { name: "このお知らせ" }).getByRole("link", { name: "更新履歴" }).click();
    await expect(page).toHaveURL(`/notices/${slug}/history`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("更新履歴");
    await expect(page).toHaveTitle(/^更新履歴：「クロネコwebコレクト」定期システムメンテナンス実施\(7\/29\)のお知らせ/);

    const entries = page.getByRole("list", { name: "掲載された版" }).getByRole("article");
    await expect(entries).toHaveCount(2);
    const [second, first] = [entries.nth(0), entries.nth(1)];
    await expect(second.getByRole("heading", { level: 2 })).toHaveText(/^第2版\s*追記\s*最新$/);
    await expect(second.getByText("2019年7月23日(火)")).toBeVisible();
    await expect(second.getByText("「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記")).toBeVisible();

    // the added section is marked as inserted, under its current number; the ones after it are renumbered only
    const changes = second.getByRole("group", { name: "第2版の変更内容" });
    const inserted = changes.getByRole("insertion").filter({ has: page.getByRole("heading", { name: /^3\. メンテナンスによる本与信/ }) });
    await expect(inserted).toBeVisible();
    await expect(inserted).toContainText("今回は、警報メールの初回は朝9時頃となります。");
    await expect(changes.getByRole("deletion")).toHaveCount(0);
    // not 変更なし beside a number that changed: 3. → 4., 番号のみ変更
    const future = changes.getByRole("listitem").filter({ hasText: "今後のメンテナンスの予定" });
    await expect(future).toContainText("3. → 4.");
    await expect(future.getByText("番号のみ変更")).toBeVisible();
    await expect(future).not.toContainText("変更なし");
    await expect(changes.getByRole("listitem").filter({ hasText: "問い合わせ先" })).toContainText("4. → 5.");

    await expect(first.getByRole("heading", { level: 2 })).toHaveText(/^第1版\s*初版$/);
    await expect(first.getByRole("group")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/history-ja.png", fullPage: true });

    await first.getByRole("link", { name: "第1版を見る" }).click();
    await expect(page).toHaveURL(`/notices/${slug}/revisions/1`);
    await expect(page.getByText(/これは第1版（2019年6月22日\(土\)掲載）です。/)).toBeVisible();
  });

  test("the English history uses English labels and links to the English revisions", async ({ page }) => {
    await page.goto(`/en/notices/${slug}/history`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("History");
    const entries = page.getByRole("list", { name: "Published revisions" }).getByRole("article");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0).getByRole("heading", { level: 2 })).toHaveText(/^Revision 2\s*Addendum\s*Current$/);
    await expect(entries.nth(0).getByText("23 July 2019")).toBeVisible();
    await expect(entries.nth(0).getByText("Added the section on delays to final authorisation and to the first daytime alerts")).toBeVisible();
    await expect(
      entries.nth(0).getByRole("insertion").filter({ has: page.getByRole("heading", { name: /^3\. Delays to final authorisation/ }) }),
    ).toBeVisible();
    await expect(entries.nth(1).getByRole("heading", { level: 2 })).toHaveText(/^Revision 1\s*First publication$/);
    await expect(page.getByText("Not yet translated")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/history-en.png", fullPage: true });

    await expect(entries.nth(1).getByRole("link", { name: "View revision 1" })).toHaveAttribute("href", `/en/notices/${slug}/revisions/1`);
    await page.getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(`/notices/${slug}/history`);
  });

  test("declares its canonical URL and language alternates", async ({ page }) => {
    await page.goto(`/en/notices/${slug}/history`);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/en/notices/${slug}/history$`));
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", new RegExp(`[^n]/notices/${slug}/history$`));
  });

  test("an unknown notice has no history: 404 in the right language", async ({ page }) => {
    const ja = await page.goto("/notices/no-such-notice/history");
    expect(ja?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お探しのページが見つかりません");
    const en = await page.goto("/en/notices/no-such-notice/history");
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
