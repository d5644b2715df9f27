// What a merchant sees of the two reference notices (issue 8, "Merchant-facing
// corrections"): the merchant-action box says what the letter says, cross-references
// link to their attachments, no invented 掲載日, the facts box on paper, English as the
// companies write it, and a past notice says how it ended.
import { expect, test, type Page } from "@playwright/test";

const n000 = "/notices/2019-07-29-webcollect-scheduled-maintenance";
const n001 = "/notices/2020-04-20-webcollect-extraordinary-maintenance";
const shots = "test-results/screenshots";

const facts = (page: Page, locale: "ja" | "en" = "ja") => page.getByRole("complementary", { name: locale === "ja" ? "概要" : "At a glance" });
/** The color the site uses for alarms (--alert), as computed. */
const ALERT = "rgb(180, 35, 24)";
const color = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).color);
const background = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).backgroundColor);

test.describe("the merchant-action box", () => {
  test("000 asks no work of merchants, and says so calmly", async ({ page }) => {
    await page.goto(n000);
    const action = facts(page).locator(".action");
    await expect(action).toHaveClass(/action--none/);
    await expect(action).toHaveText("対応は不要です");
    expect(await color(page, ".facts .action__level")).not.toBe(ALERT);
    expect(await page.locator(".facts .action__level").evaluate((el) => getComputedStyle(el).fontWeight)).toBe("400");
  });

  test("001 is conditional and names its condition, prominent but not red", async ({ page }) => {
    await page.goto(n001);
    const action = facts(page).locator(".action");
    await expect(action).toHaveClass(/action--conditional/);
    await expect(action.locator(".action__level")).toHaveText("条件により対応が必要です");
    const condition = action.locator(".action__condition");
    await expect(condition).toContainText("「決済手段 (settleMethod)」で既存の固定値以外を受け取れない仕組みとしている場合");
    await expect(condition).toContainText("御社システムご担当者様へご相談ください。");
    // the letter's own section-3 sentence stays beside it, and in section 3 word for word
    await expect(action.locator(".action__text")).toHaveText("すべての加盟店様で実施していただく必要のある作業はございません。");
    await expect(page.locator("#merchant-action")).toContainText("すべての加盟店様で実施していただく必要のある作業はございません。");
    expect(await color(page, ".facts .action__level")).not.toBe(ALERT);
    expect(await background(page, ".facts .action__condition")).toBe("rgb(255, 244, 220)"); // --notice-soft, not --alert-soft
    await facts(page).screenshot({ path: `${shots}/facts-001-ja.png` });
    await page.goto(`/en${n001}`);
    await expect(facts(page, "en").locator(".action__condition")).toContainText("accepts only the existing fixed values of “payment means (settleMethod)”");
  });
});

test.describe("cross-references", () => {
  test("【別紙 1】 and 【別紙①】 in 000 lead to 資料 1", async ({ page }) => {
    await page.goto(n000);
    const table = page.getByRole("table", { name: "対象サービス及び日時" });
    await expect(table.getByRole("link", { name: "【別紙 1】" })).toHaveAttribute("href", "#attachment-1");
    await expect(table.getByRole("link", { name: "【別紙①】" })).toHaveCount(3);
    await table.getByRole("link", { name: "【別紙①】" }).first().click();
    await expect(page).toHaveURL(/#attachment-1$/);
    await expect(page.locator(":target").getByRole("heading", { level: 2 })).toHaveText("資料 1");
  });

  test("【資料1】 and 【資料2】 in 001 lead to their attachments, which stay after the body", async ({ page }) => {
    await page.goto(n001);
    await expect(page.getByRole("link", { name: "【資料1】" })).toHaveCount(2);
    await page.getByRole("link", { name: "【資料2】" }).click();
    await expect(page.locator(":target").getByRole("heading", { level: 2 })).toHaveText("資料 2");
    // 資料1 stays where the letter puts it: after section 4, before 以上
    const order = await page.locator("article h2").allTextContents();
    expect(order.indexOf("資料 1")).toBe(order.findIndex((h) => h.startsWith("4.")) + 1);
  });

  test("the English page links “Attachment 1” and “Attachment 2”", async ({ page }) => {
    await page.goto(`/en${n001}`);
    await expect(page.getByRole("link", { name: "Attachment 1" })).toHaveCount(2);
    await expect(page.getByRole("link", { name: "Attachment 2" })).toHaveAttribute("href", "#attachment-2");
  });
});

test.describe("publication dates", () => {
  test("001 shows no 掲載日 anywhere, since its letter states none", async ({ page }) => {
    await page.goto(n001);
    await expect(facts(page)).not.toContainText("掲載日");
    await expect(facts(page)).not.toContainText("更新日");
    await page.goto("/");
    const item = page.getByRole("listitem").filter({ hasText: "臨時システムメンテナンス実施(4/20)" });
    await expect(item).toBeVisible();
    await expect(item).not.toContainText("掲載日");
    await page.goto(`${n001}/history`);
    await expect(page.getByRole("list", { name: "掲載された版" }).getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("list", { name: "掲載された版" })).not.toContainText("掲載日");
    await page.goto(`/en${n001}`);
    await expect(facts(page, "en")).not.toContainText("Published");
  });

  test("000 shows the two dates its letter states", async ({ page }) => {
    await page.goto(n000);
    await expect(facts(page)).toContainText("掲載日2019年6月22日(土) (更新日: 2019年7月23日(火))");
    await page.goto("/");
    await expect(page.getByRole("listitem").filter({ hasText: "定期システムメンテナンス実施(7/29)" })).toContainText("掲載日: 2019年6月22日(土)");
  });
});

test.describe("how a past notice ended", () => {
  test("both reference notices ended as planned, on the page and in the index", async ({ page }) => {
    for (const path of [n000, n001]) {
      await page.goto(path);
      await expect(facts(page).locator(".status")).toHaveText("予定どおり終了しました");
    }
    // each reference notice's line in the index (other specs publish windows that end too)
    const line = (href: string) => page.getByRole("listitem").filter({ has: page.locator(`a[href="${href}"]`) });
    await page.goto("/");
    for (const path of [n000, n001]) await expect(line(path)).toContainText("予定どおり終了しました");
    await page.goto("/en");
    for (const path of [n000, n001]) await expect(line(`/en${path}`)).toContainText("Ended as planned");
    await page.goto(`/en${n000}`);
    await expect(facts(page, "en").locator(".status")).toHaveText("Ended as planned");
  });
});

test.describe("English", () => {
  test("names Remise as it writes itself, and starts sentences in upper case", async ({ page }) => {
    await page.goto(`/en${n001}`);
    await expect(page.getByRole("article")).toContainText("PayTG and Remise terminals");
    await expect(page.getByRole("article")).not.toContainText("Rumies");
    await expect(page.getByRole("article")).toContainText("With the new features, the value “14” will be added");
    await page.goto(`/en${n000}`);
    await expect(page.getByRole("article")).toContainText("Late October 2019: We plan a system maintenance");
    await expect(page.getByRole("article")).toContainText("Mastercard and Visa");
  });
});

for (const [name, path] of [
  ["000", n000],
  ["001", n001],
] as const) {
  test(`the print layout of ${name} keeps the facts box`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    await expect(facts(page)).toBeVisible();
    await expect(facts(page)).toContainText("予定どおり終了しました");
    await expect(page.getByRole("navigation", { name: "このお知らせ" })).toBeHidden();
    await page.screenshot({ path: `${shots}/notice-${name}-print.png`, fullPage: true });
  });

  test(`screenshots of ${name}, ja and en, desktop and 375 px`, async ({ page }) => {
    test.setTimeout(120_000); // eight full-page screenshots
    for (const locale of ["ja", "en"] as const)
      for (const [viewport, size] of [
        ["desktop", { width: 1280, height: 900 }],
        ["375", { width: 375, height: 812 }],
      ] as const) {
        await page.setViewportSize(size);
        await page.goto(locale === "ja" ? path : `/en${path}`);
        await expect(facts(page, locale)).toBeVisible();
        await page.screenshot({ path: `${shots}/notice-${name}-${locale}-${viewport}.png`, fullPage: true });
        // close-ups of what changed: the facts box and the contact block
        await facts(page, locale).screenshot({ path: `${shots}/facts-${name}-${locale}-${viewport}.png` });
        await page.locator("address.contact-block").screenshot({ path: `${shots}/contact-${name}-${locale}-${viewport}.png` });
      }
  });
}
