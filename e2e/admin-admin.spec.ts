import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaffUser, signInAs } from "./support/staff";

// The administration pages (issue 9): users and roles, catalog, contacts, audit log.
// Their look (screenshots at a phone's and a desktop's width) and axe are in
// admin-a11y.spec.ts, which walks every console page of the access table.
test.describe.configure({ timeout: 120_000 });

test("an admin creates a user, changes their roles, and that user's open session ends", async ({ page, context, browser, baseURL }) => {
  const admin = await createStaffUser(["ADMIN"], "管理 花子");
  await signInAs(context, admin, baseURL!);
  const email = `new-${crypto.randomUUID()}@staff.test`;
  const password = "tsuki-to-suppon-42";

  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "ユーザー" })).toBeVisible();
  const form = page.getByRole("form", { name: "ユーザーを追加" });
  // a password that contains the e-mail is refused at its field (the shared schema, in the browser)
  await form.getByLabel("氏名").fill("新人 三郎");
  await form.getByLabel("メールアドレス").fill(email);
  await form.getByRole("checkbox", { name: /^編集者/ }).check();
  await form.getByLabel("パスワード").fill(`${email}-x`);
  await form.getByRole("button", { name: "追加する" }).click();
  await expect(form.getByLabel("パスワード")).toHaveAccessibleDescription(/メールアドレス（またはその@より前の部分）を含めないでください。/);
  await form.getByLabel("パスワード").fill(password);
  await form.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByRole("status")).toHaveText("ユーザーを追加しました。");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新人 三郎 さんの設定");
  const userUrl = page.url();

  // the new user signs in with the form in another browser
  const theirs = await browser.newContext();
  const theirPage = await theirs.newPage();
  await theirPage.goto("/admin/sign-in");
  await theirPage.getByLabel("メールアドレス").fill(email);
  await theirPage.getByLabel("パスワード").fill(password);
  await theirPage.getByRole("button", { name: "サインイン" }).click();
  await expect(theirPage.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await expect(theirPage.getByRole("list", { name: "役割" }).getByRole("listitem")).toHaveText(["編集者"]);

  // the admin makes them an approver too: their session ends at its next request
  const roles = page.getByRole("form", { name: "役割" });
  await roles.getByRole("checkbox", { name: /^承認者/ }).check();
  await roles.getByRole("button", { name: "役割を保存" }).click();
  await expect(page.getByRole("status")).toHaveText(/役割を変更しました。/);
  await expect(page.getByRole("definition").filter({ hasText: "承認者" })).toHaveText("編集者、承認者");
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/admin\/sign-in$/);
  await theirs.close();

  await page.goto("/admin/users");
  await expect(page.getByRole("row", { name: new RegExp(email) })).toContainText("編集者、承認者");
  await page.screenshot({ path: "test-results/screenshots/admin-users-1280.png", fullPage: true });
  await page.goto(userUrl);
  await page.screenshot({ path: "test-results/screenshots/admin-user-1280.png", fullPage: true });
});

test("an editor gets 403 on the administration pages; an approver may read the audit log only", async ({ browser, baseURL }) => {
  const editor = await browser.newContext();
  await signInAs(editor, await createStaffUser(["EDITOR"]), baseURL!);
  const page = await editor.newPage();
  for (const path of ["/admin/users", "/admin/catalog", "/admin/contacts", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "この画面を使う権限がありません" })).toBeVisible();
  }
  const approver = await browser.newContext();
  await signInAs(approver, await createStaffUser(["EDITOR", "APPROVER"]), baseURL!);
  const approverPage = await approver.newPage();
  expect((await approverPage.goto("/admin/audit"))?.status()).toBe(200);
  expect((await approverPage.goto("/admin/users"))?.status()).toBe(403);
  await editor.close();
  await approver.close();
});

test("catalog: a field error in the browser, a taken key from the server, an unsafe error-code format", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["ADMIN"]), baseURL!);
  await page.goto("/admin/catalog");
  await expect(page.getByRole("heading", { level: 1, name: "カタログ" })).toBeVisible();
  // the channel notice 000 names: its key is frozen, its name editable
  await page.getByRole("region", { name: "チャネル" }).getByRole("link", { name: "API方式", exact: true }).click();
  await expect(page.getByLabel("キー")).toHaveAttribute("readonly", "");
  await page.getByLabel("名称（日本語）").fill("");
  await page.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByLabel("名称（日本語）")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("名称（日本語）")).toHaveAccessibleDescription("日本語の名称を入力してください。");

  await page.goto("/admin/catalog/services/new");
  await page.getByLabel("キー").fill("webcollect");
  await page.getByLabel("名称（日本語）").fill("重複するサービス");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByLabel("キー")).toHaveAccessibleDescription(/このキーは既に使われています。/);
  await expect(page).toHaveURL(/\/admin\/catalog\/services\/new$/);

  await page.goto("/admin/catalog");
  const format = page.getByRole("form", { name: "エラーコードの形式" });
  await format.getByLabel("エラーコードの形式").fill("(Z+)+");
  await format.getByRole("button", { name: "形式を保存" }).click();
  await expect(format.getByLabel("エラーコードの形式")).toHaveAccessibleDescription(/使えるのは英数字/);

  await page.screenshot({ path: "test-results/screenshots/admin-catalog-format-error.png", fullPage: true });
});

test("contacts: the default error code must have the catalog's format (the reference notice's 8-digit typo)", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["ADMIN"]), baseURL!);
  await page.goto("/admin/contacts");
  await page.getByRole("link", { name: /の発行者・ブランドとメンテナンス画面の文言$/ }).click();
  const screen = page.getByRole("form", { name: "メンテナンス画面の既定の文言" });
  await screen.getByLabel("既定のエラーコード").fill("Z01000000");
  await screen.getByRole("button", { name: "保存する" }).click();
  await expect(screen.getByLabel("既定のエラーコード")).toHaveAccessibleDescription(/形式 \[A-Z\]\[0-9\]\{9\} に合いません/);
});

test("audit log: filtered by user and action, bad dates refused at their field", async ({ page, context, baseURL }) => {
  const admin = await createStaffUser(["ADMIN"], `監査 ${crypto.randomUUID().slice(0, 8)}`);
  await signInAs(context, admin, baseURL!);
  // something to find: a contact the admin adds
  const key = `audit-${crypto.randomUUID().slice(0, 8)}`;
  await page.goto("/admin/contacts/new");
  await page.getByLabel("キー").fill(key);
  await page.getByLabel("組織名（日本語）").fill("監査テスト株式会社");
  await page.getByLabel("部署名（日本語）").fill("窓口");
  await page.getByRole("button", { name: "追加する" }).click();
  await expect(page.getByRole("status")).toHaveText("追加しました。");

  await page.goto("/admin/audit");
  await page.getByLabel("ユーザー", { exact: true }).selectOption({ label: `${admin.name} (${admin.email})` });
  await page.getByLabel("操作", { exact: true }).selectOption({ label: "問い合わせ先の追加" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/[?&]user=/);
  await expect(page.getByRole("status")).toHaveText("1件");
  const rows = page.getByRole("table", { name: "監査ログ" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("問い合わせ先の追加");
  await expect(rows.nth(1)).toContainText(admin.name);

  await page.goto("/admin/audit?from=2026-02-31&to=x");
  await expect(page.getByLabel("開始日")).toHaveAccessibleDescription("日付は YYYY-MM-DD の形で入力してください。");
  await expect(page.getByLabel("終了日")).toHaveAccessibleDescription("日付は YYYY-MM-DD の形で入力してください。");
  await expect(page.getByRole("table", { name: "監査ログ" })).toHaveCount(0);

  await page.screenshot({ path: "test-results/screenshots/admin-audit-bad-dates.png", fullPage: true });
});
