import { expect as baseExpect, test, type Page } from "@playwright/test";
import { createStaffUser, totpCode } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// The second factor in the browser (issue 9): an approver without one is sent to
// enrolment after the password and can use nothing else, enrols by the QR code's
// otpauth URI, signs in again with password + TOTP, and uses a recovery code once.

async function noAxeViolations(page: Page, what: string) {
  const results = await accessibilityScan(page).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

async function signInWithPassword(page: Page, user: { email: string; password: string }) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("メールアドレス").fill(user.email);
  await page.getByLabel("パスワード").fill(user.password);
  await page.getByRole("button", { name: "サインイン" }).click();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel("確認コード").fill(code);
  await page.getByRole("button", { name: "確認してサインイン" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "サインアウト", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
}

// axe runs several times, and each sign-in hashes a password (argon2id) on the
// server: more than the default timeouts on a busy machine
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test("an approver enrols, signs in with a TOTP code, and uses a recovery code only once", async ({ page }) => {
  const user = await createStaffUser(["EDITOR", "APPROVER"], "承認 三郎", { secondFactor: false });
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (message) => {
    if (message.text().startsWith("CSP ")) violations.push(message.text());
  });

  // the password alone leads to the enrolment page, and nowhere else
  await signInWithPassword(page, user);
  await expect(page).toHaveURL(/\/admin\/account\/two-factor$/);
  await expect(page.getByRole("heading", { name: "2段階認証", level: 1 })).toBeVisible();
  await expect(page.getByText("承認者と管理者は2段階認証が必要です。")).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/account\/two-factor$/);
  await expect(page.getByRole("img", { name: "認証アプリ用の QR コード" })).toBeVisible();
  await noAxeViolations(page, "enrolment");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/screenshots/admin-2fa-enrol-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "test-results/screenshots/admin-2fa-enrol-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // read the secret as an app would from the QR code: the otpauth URI shown for manual entry
  const uri = new URL((await page.getByTestId("otpauth-uri").textContent())!);
  expect(uri.protocol).toBe("otpauth:");
  const secret = uri.searchParams.get("secret")!;
  await page.getByLabel("6桁のコード").fill("000000" === (await totpCode(secret)) ? "111111" : "000000");
  await page.getByRole("button", { name: "設定を完了する" }).click();
  await expect(page.getByText("コードが正しくありません。")).toBeVisible();
  await page.getByLabel("6桁のコード").fill(await totpCode(secret));
  await page.getByRole("button", { name: "設定を完了する" }).click();
  const codes = page.getByRole("list", { name: "リカバリーコード" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCodes = await codes.allTextContents();
  await page.getByRole("link", { name: "管理画面へ進む" }).click();
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await signOut(page);

  // password, then the code step; the next step's code (the enrolment used this one's)
  await signInWithPassword(page, user);
  await expect(page.getByRole("heading", { name: "2段階認証" })).toBeVisible();
  await noAxeViolations(page, "code step");
  await page.screenshot({ path: "test-results/screenshots/admin-2fa-code-1280.png", fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "test-results/screenshots/admin-2fa-code-375.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await enterCode(page, await totpCode(secret, 30));
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await signOut(page);

  // a recovery code works once
  await signInWithPassword(page, user);
  await enterCode(page, recoveryCodes[0]!);
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await signOut(page);
  await signInWithPassword(page, user);
  await enterCode(page, recoveryCodes[0]!);
  const code = page.getByLabel("確認コード");
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toHaveAccessibleDescription(/確認コードが正しくありません。/);
  await noAxeViolations(page, "code step with its error");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  expect(violations).toEqual([]);
});

test("an enrolled user regenerates recovery codes from the account page", async ({ page }) => {
  const user = await createStaffUser(["ADMIN"]);
  await signInWithPassword(page, user);
  await enterCode(page, await totpCode(user.totpSecret!));
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await page.goto("/admin/account/two-factor");
  await expect(page.getByRole("heading", { name: "設定済み" })).toBeVisible();
  await page.getByRole("button", { name: "リカバリーコードを作り直す" }).click();
  await expect(page.getByRole("list", { name: "リカバリーコード" }).getByRole("listitem")).toHaveCount(10);
  await noAxeViolations(page, "account page with new codes");
});
