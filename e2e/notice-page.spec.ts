import { expect, test } from "@playwright/test";

const scheduled = "/notices/2019-07-29-webcollect-scheduled-maintenance";
const extraordinary = "/notices/2020-04-20-webcollect-extraordinary-maintenance";

test.describe("notice page", () => {
  test("shows notice 000 as amended on 7/23, with its derived facts", async ({ page }) => {
    await page.goto(scheduled);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり");
    await expect(page.getByRole("note").first()).toContainText("6月22日に掲載した本お知らせについて、「3. メンテナンスによる本与信および日中警報(初回)の遅延について」を追記いたしました。");
    await expect(page.getByRole("heading", { level: 2, name: /^3\. メンテナンスによる本与信.*\(7月23日追記\)$/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "4. 今後のメンテナンスの予定" })).toBeVisible();
    await expect(page.getByText("サービス停止日時：2019年7月29日(月) 午前2:00～7:00 (5時間)")).toBeVisible();
    await expect(page.getByText("記", { exact: true })).toBeVisible();
    await expect(page.getByText("以上", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("complementary", { name: "概要" })).toContainText("対応は不要です");
    await page.screenshot({ path: "test-results/screenshots/notice-000-ja.png", fullPage: true });
  });

  test("groups the audience cells and links footnotes both ways", async ({ page }) => {
    await page.goto(scheduled);
    const table = page.getByRole("table", { name: "対象サービス及び日時" });
    await expect(table.getByRole("columnheader")).toHaveText(["対象", "サービス", "影響範囲"]);
    const merchantsAndBuyers = table.getByRole("rowheader", { name: "加盟店様 購入者様" });
    await expect(merchantsAndBuyers).toHaveAttribute("rowspan", "2");
    await expect(table.getByRole("rowheader", { name: "加盟店様", exact: true })).toHaveAttribute("rowspan", "2");
    // the table's ※1 is its own, not section 1's
    const refs = table.getByRole("link", { name: "※1" });
    await expect(refs).toHaveCount(2);
    await refs.first().click();
    await expect(page.locator(":target")).toContainText("テスト環境についても同様です。");
    await page.locator(":target").getByRole("link", { name: "本文へ戻る" }).click();
    await expect(page.locator(":target")).toHaveText("※1");
    await expect(table.locator("code")).toHaveText(["Z010000000"]);
  });

  test("shows notice 001 as a letter with addressee, issuer, emphasised unavailability and 以上", async ({ page }) => {
    await page.goto(extraordinary);
    await expect(page.getByText("加盟店各位")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ");
    const availability = page.getByRole("table").first();
    await expect(availability.getByRole("rowheader", { name: "クロネコwebコレクト" })).toHaveAttribute("rowspan", "4");
    await expect(availability.getByRole("rowheader", { name: "クロネコ代金後払いサービス" })).toHaveAttribute("rowspan", "5");
    await expect(availability.locator("em.unavailable")).toHaveCount(7);
    await expect(page.getByRole("complementary", { name: "概要" })).toContainText("条件により対応が必要です");
    await expect(page.getByText("以上", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "資料 2" })).toBeVisible();
    // 資料 shows each screen in Japanese and in English (issue 10)
    await expect(page.getByRole("img", { name: "カード入力画面のメッセージ (日本語)" })).toContainText("メンテナンス中です。時間を置いて再度アクセスしてください。");
    await expect(page.getByRole("img", { name: "メンテナンス画面 (日本語)" })).toContainText("4月20日(月) 2時00分～6時00分");
    await expect(page.getByRole("img", { name: "メンテナンス画面 (英語)" })).toContainText("Mon, 20 April, 2:00–6:00 (JST)");
    await page.screenshot({ path: "test-results/screenshots/notice-001-ja.png", fullPage: true });
  });

  test("the English page uses the English content and derived English facts", async ({ page }) => {
    await page.goto(`/en${scheduled}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kuroneko Web Collect scheduled system maintenance (29 July) (Updated 23 Jul: addendum)");
    await expect(page.getByText("Service outage: Mon, 29 July 2019, 2:00–7:00 JST (5 hours)")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: /Delays to final authorisation.*\(Addendum, 23 July\)/ })).toBeVisible();
    await expect(page.getByText("Not yet translated")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/notice-000-en.png", fullPage: true });
    await page.goto(`/en${extraordinary}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kuroneko Web Collect extraordinary system maintenance (20 April)");
    await page.screenshot({ path: "test-results/screenshots/notice-001-en.png", fullPage: true });
  });

  test("offers shop owners a text to paste, with a copy button", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(extraordinary);
    await page.getByText("ショップ掲載用の文面").click();
    const plain = page.locator("#shop-text-plain");
    await expect(plain).toContainText("2020年4月20日(月) 午前2:00～6:00 (4時間)");
    await expect(plain).toContainText("・クロネコペイ");
    await expect(plain).not.toContainText("銀行振込");
    await page.getByRole("button", { name: "コピー" }).first().click();
    await expect(page.getByRole("button", { name: "コピーしました" })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("【決済サービス一時停止のお知らせ】");
  });

  test("earlier revisions stay readable as they were published", async ({ page }) => {
    await page.goto(`${scheduled}/revisions/1`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ");
    await expect(page.getByText(/これは第1版（2019年6月22日\(土\)掲載）です。/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "3. 今後のメンテナンスの予定" })).toBeVisible();
    await expect(page.getByText("本与信")).toHaveCount(0);
  });

  test("unknown notices and revisions are a 404 in the right language", async ({ page }) => {
    const ja = await page.goto("/notices/no-such-notice");
    expect(ja?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("お探しのページが見つかりません");
    const en = await page.goto(`/en${scheduled}/revisions/9`);
    expect(en?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });

  test("needs no JavaScript to read a notice", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(extraordinary);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("臨時システムメンテナンス");
    await expect(page.getByRole("table").first()).toBeVisible();
    await context.close();
  });
});
