import { expect, test, type Page } from "@playwright/test";
import { createStaffUser, deactivate, signInAs, totpCode } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// Sign-in, sessions and sign-out of the staff console (issue 9), in the browser.
// Two browser contexts and an argon2id hash per test: more than 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

async function collectViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test("a signed-out visitor of /admin is sent to the sign-in page", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
  await expect(page.getByRole("heading", { name: "管理画面にサインイン" })).toBeVisible();
});

test("signing in with the form leads to the dashboard, under the console's nonce policy", async ({ page }) => {
  const user = await createStaffUser(["EDITOR", "APPROVER"], "承認 次郎");
  const violations = await collectViolations(page);
  await page.goto("/admin/sign-in");
  await page.screenshot({ path: "test-results/screenshots/admin-sign-in.png", fullPage: true });
  await page.getByLabel("メールアドレス").fill(user.email);
  await page.getByLabel("パスワード").fill(user.password);
  await page.getByRole("button", { name: "サインイン" }).click();
  // an approver has a second factor (e2e/admin-2fa.spec.ts tests that step)
  await page.getByLabel("確認コード").fill(await totpCode(user.totpSecret!));
  await page.getByRole("button", { name: "確認してサインイン" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  const who = page.getByRole("region", { name: "サインイン中のユーザー" });
  await expect(who).toContainText("承認 次郎");
  await expect(who.getByRole("list", { name: "役割" }).getByRole("listitem")).toHaveText(["編集者", "承認者"]);
  await page.screenshot({ path: "test-results/screenshots/admin-dashboard.png", fullPage: true });
  expect(await violations()).toEqual([]);
});

test("a wrong password is refused at the password field, without saying whether the account exists", async ({ page }) => {
  const user = await createStaffUser(["EDITOR"]);
  await page.goto("/admin/sign-in");
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByText("メールアドレスを入力してください。")).toBeVisible();
  await expect(page.getByText("パスワードを入力してください。")).toBeVisible();

  for (const email of [user.email, `nobody-${user.id}@staff.test`]) {
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill("not-the-password");
    await page.getByRole("button", { name: "サインイン" }).click();
    const password = page.getByLabel("パスワード");
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription("メールアドレスまたはパスワードが正しくありません。");
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
  }
  await page.screenshot({ path: "test-results/screenshots/admin-sign-in-wrong-password.png", fullPage: true });
});

test("signing out everywhere ends the session of another browser", async ({ browser, baseURL }) => {
  const user = await createStaffUser(["ADMIN"]);
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  await signInAs(here, user, baseURL!);
  await signInAs(elsewhere, user, baseURL!);
  const pageHere = await here.newPage();
  const pageElsewhere = await elsewhere.newPage();
  await pageElsewhere.goto("/admin");
  await expect(pageElsewhere.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();

  await pageHere.goto("/admin");
  await pageHere.getByRole("button", { name: "すべての端末からサインアウト" }).click();
  await expect(pageHere).toHaveURL(/\/admin\/sign-in$/);

  await pageElsewhere.reload();
  await expect(pageElsewhere).toHaveURL(/\/admin\/sign-in$/);
  await here.close();
  await elsewhere.close();
});

test("signing out ends this browser's session only", async ({ browser, baseURL }) => {
  const user = await createStaffUser(["EDITOR"]);
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  await signInAs(here, user, baseURL!);
  await signInAs(elsewhere, user, baseURL!);
  const pageHere = await here.newPage();
  await pageHere.goto("/admin");
  await pageHere.getByRole("button", { name: "サインアウト", exact: true }).click();
  await expect(pageHere).toHaveURL(/\/admin\/sign-in$/);
  const pageElsewhere = await elsewhere.newPage();
  await pageElsewhere.goto("/admin");
  await expect(pageElsewhere.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await here.close();
  await elsewhere.close();
});

test("a deactivated user's open session ends at the next request", async ({ page, context, baseURL }) => {
  const user = await createStaffUser(["EDITOR"]);
  await signInAs(context, user, baseURL!);
  await page.goto("/admin");
  await expect(page.getByRole("heading", { name: "ダッシュボード" })).toBeVisible();
  await deactivate(user);
  await page.reload();
  await expect(page).toHaveURL(/\/admin\/sign-in$/);
});

test("no accessibility violations on the sign-in page (with its errors) and the dashboard", async ({ page, context, baseURL }) => {
  test.setTimeout(150_000); // three axe runs
  const axe = async (what: string) => {
    const results = await accessibilityScan(page).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
  };
  await page.goto("/admin/sign-in");
  await axe("sign-in");
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page.getByText("メールアドレスを入力してください。")).toBeVisible();
  await axe("sign-in with field errors");
  await signInAs(context, await createStaffUser(["ADMIN"]), baseURL!);
  await page.goto("/admin");
  await axe("dashboard");
});
