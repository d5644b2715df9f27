import { expect, test } from "@playwright/test";
import { accessibilityScan } from "./support/accessibility-scan";

// The index's filter form and keyword search against the seeded production build.
// Both reference notices are history (2019, 2020); other specs may add none, but the
// assertions name the reference notices so that more notices would not break them.

const scheduledTitle = "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ";
const extraordinaryTitle = "「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ";

test.describe("index filters and search", () => {
  test("filters by service, kind and year through the form, with a shareable address", async ({ page }) => {
    await page.goto("/");
    const form = page.getByRole("search", { name: "お知らせの絞り込み" });
    await form.getByLabel("サービス").selectOption({ label: "クロネコ代金後払いサービス" });
    await form.getByRole("button", { name: "絞り込む" }).click();

    // the empty fields of the form are dropped from the address
    await expect(page).toHaveURL(/\/\?service=atobarai$/);
    await expect(page.getByRole("link", { name: extraordinaryTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: scheduledTitle })).toHaveCount(0);
    await expect(page.getByText("1件中 1–1件")).toBeVisible();
    await expect(page.getByLabel("サービス")).toHaveValue("atobarai");
    await page.screenshot({ path: "test-results/screenshots/index-filter-service.png", fullPage: true });

    await page.getByLabel("サービス").selectOption("");
    await page.getByLabel("種別").selectOption({ label: "定期" });
    await page.getByLabel("年").selectOption({ label: "2019年" });
    await page.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/\/\?kind=SCHEDULED&year=2019$/);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: scheduledTitle }) });
    await expect(item).toContainText("追記あり");
    await expect(item).toContainText("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    await expect(page.getByRole("link", { name: extraordinaryTitle })).toHaveCount(0);

    await page.getByRole("link", { name: "条件をクリア" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("link", { name: extraordinaryTitle })).toBeVisible();
  });

  test("finds notices by Japanese and English keywords", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("キーワード").fill("本与信");
    await page.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/\/\?q=%E6%9C%AC%E4%B8%8E%E4%BF%A1$/);
    await expect(page.getByText("「本与信」を含むお知らせ")).toBeVisible();
    await expect(page.getByRole("link", { name: scheduledTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: extraordinaryTitle })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/index-search-ja.png", fullPage: true });

    await page.goto("/en");
    await page.getByLabel("Keywords").fill("settleMethod");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/\/en\?q=settleMethod$/);
    await expect(page.getByRole("link", { name: "Kuroneko Web Collect extraordinary system maintenance (20 April)" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kuroneko Web Collect scheduled system maintenance (29 July)" })).toHaveCount(0);
    await page.screenshot({ path: "test-results/screenshots/index-search-en.png", fullPage: true });
  });

  test("search results show where the text matched, each hit marked as the notice writes it", async ({ page }) => {
    await page.goto("/?q=本与信");
    const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: scheduledTitle }) });
    const excerpt = item.locator(".notice-item__excerpt");
    await expect(excerpt).toContainText("本与信");
    await expect(excerpt.locator("mark").first()).toHaveText("本与信");
    await page.screenshot({ path: "test-results/screenshots/index-search-excerpt-ja.png", fullPage: true });

    // folded as the search folds: a lower-case or full-width query marks "PCI" as written,
    // and the English page takes the English text
    for (const q of ["pci", "ＰＣＩ"]) {
      await page.goto(`/en?q=${encodeURIComponent(q)}`);
      const english = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Kuroneko Web Collect scheduled system maintenance (29 July)" }) });
      await expect(english.locator(".notice-item__excerpt mark").first()).toHaveText("PCI");
      await expect(english.locator(".notice-item__excerpt")).toContainText("To comply with PCI DSS");
    }
    // the index without a keyword shows no excerpts
    await page.goto("/?kind=SCHEDULED");
    await expect(page.locator(".notice-item__excerpt")).toHaveCount(0);
  });

  test("says which condition of a shared link it ignored", async ({ page }) => {
    await page.goto("/?service=no-such-service&kind=EXTRAORDINARY");
    await expect(page.getByRole("status")).toContainText("サービス「no-such-service」は見つかりません");
    await expect(page.getByRole("link", { name: extraordinaryTitle })).toBeVisible();
    await expect(page.getByRole("link", { name: scheduledTitle })).toHaveCount(0);
    await expect(page.getByLabel("種別")).toHaveValue("EXTRAORDINARY");
    await page.screenshot({ path: "test-results/screenshots/index-ignored-filter.png", fullPage: true });
  });

  test("pages with rel prev/next links that keep the filters", async ({ page }) => {
    // the seed has two notices: a page past the end still offers the way back
    await page.goto("/?kind=SCHEDULED&page=2");
    await expect(page.getByText("このページにはお知らせがありません(全1ページ)。")).toBeVisible();
    const previous = page.getByRole("navigation", { name: "ページ送り" }).getByRole("link", { name: "前のページ" });
    await expect(previous).toHaveAttribute("rel", "prev");
    await previous.click();
    await expect(page).toHaveURL(/\/\?kind=SCHEDULED$/);
    await expect(page.getByRole("link", { name: scheduledTitle })).toBeVisible();
  });

  test("the language switch keeps the query", async ({ page }) => {
    await page.goto("/?kind=EXTRAORDINARY");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\?kind=EXTRAORDINARY$/);
    await expect(page.getByLabel("Kind")).toHaveValue("EXTRAORDINARY");
    await expect(page.getByText("1–1 of 1 notices")).toBeVisible();
  });

  test("a filtered page with a message and page links has no serious accessibility violations", async ({ page }) => {
    await page.goto("/en?q=maintenance&channel=no-such-channel&page=3");
    await expect(page.getByRole("status")).toContainText("no-such-channel");
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
    const results = await accessibilityScan(page).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
