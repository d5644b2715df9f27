import { expect, test, type Page } from "@playwright/test";
import { createStaffUser, signInAs } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// The merchant directory's import in the browser (issue 11): a file with a bad line is
// refused line by line and changes nothing; the fixed file is previewed, applied, and
// listed; the same file again changes nothing.
test.describe.configure({ timeout: 180_000 });

const header = "merchant_code,name_ja,name_en,language,technical_emails,business_emails,services,payment_methods,channels";
const prefix = `E2E${Date.now().toString(36).toUpperCase()}`;
const good = [`${prefix}-1,ブラウザ商店,Browser Shop,ja,tech@browser.example,,webcollect,credit-card,link-payment-page`, `${prefix}-2,Web 書房,Web Books,en,it@webbooks.example,biz@webbooks.example,webcollect,credit-card;carrier,api`];
const file = (lines: string[]) => ({ name: "merchants.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n") + "\n") });

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await accessibilityScan(page).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

async function upload(page: Page, lines: string[]) {
  await page.goto("/admin/merchants/import");
  const form = page.getByRole("form", { name: "加盟店マスタの取り込み" });
  await form.getByLabel("CSV ファイル").setInputFiles(file(lines));
  await form.getByRole("button", { name: "変更内容を確認する" }).click();
}

test("an admin uploads the master: a bad line is refused by line, the fixed file is previewed, applied and listed", async ({ page, context, baseURL }) => {
  const admin = await createStaffUser(["ADMIN"], "加盟店 管理者");
  await signInAs(context, admin, baseURL!);

  // one bad line: an unknown payment method and a malformed address, both reported at line 3
  await upload(page, [good[0]!, `${prefix}-2,Web 書房,Web Books,en,it@@webbooks,,webcollect,credit-card;paypay,api`]);
  const issues = page.getByRole("alert").filter({ has: page.getByRole("heading", { name: /ファイルに 2 件の誤りがあります。何も取り込んでいません。/ }) });
  await expect(issues).toBeVisible();
  await expect(issues.getByRole("row")).toHaveText([/行列値内容/, /^3technical_emailsit@@webbooksメールアドレスの形式ではありません。$/, /^3payment_methodspaypayカタログにないキーです。$/]);
  await page.screenshot({ path: "test-results/screenshots/admin-merchants-import-issues.png", fullPage: true });
  await page.goto(`/admin/merchants?q=${prefix}`);
  await expect(page.getByText("有効 0 件・停止 0 件")).toBeVisible();

  // the fixed file: the preview lists both, nothing is applied yet
  await upload(page, good);
  await expect(page.getByRole("heading", { level: 1, name: "取り込みの確認" })).toBeVisible();
  await expect(page.getByText("追加 2 件・変更 0 件・停止 0 件")).toBeVisible();
  const created = page.getByRole("region", { name: "追加する加盟店" });
  await expect(created.getByRole("rowheader")).toHaveText([`${prefix}-1`, `${prefix}-2`]);
  // the list and the merchant's page are in admin-a11y's walk (console-access.ts); a preview is not
  await expectNoAxeViolations(page, "the preview");
  await page.screenshot({ path: "test-results/screenshots/admin-merchants-import-preview.png", fullPage: true });

  await page.getByRole("form", { name: "この内容で取り込む" }).getByRole("button", { name: "この内容で取り込む" }).click();
  await expect(page.getByRole("status")).toHaveText("取り込みました（追加 2 件・変更 0 件・停止 0 件）。");
  await page.goto(`/admin/merchants?q=${prefix}`);
  await expect(page.getByText("有効 2 件・停止 0 件")).toBeVisible();
  const list = page.getByRole("table", { name: "有効な加盟店" });
  await expect(list.getByRole("rowheader")).toHaveText([`${prefix}-1`, `${prefix}-2`]);
  await expect(list.getByRole("row", { name: new RegExp(`${prefix}-2`) })).toContainText("英語");
  await page.screenshot({ path: "test-results/screenshots/admin-merchants-list.png", fullPage: true });

  // the merchant's page shows its contracts by catalog name
  await list.getByRole("link", { name: `${prefix}-2` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${prefix}-2 Web 書房`);
  await expect(page.getByRole("region", { name: "契約" })).toContainText("キャリア払い (carrier)");

  // the same file again: nothing to change, and it says so
  await upload(page, good);
  await expect(page.getByText("変更はありません。取り込んでも加盟店は変わりません。")).toBeVisible();
});
