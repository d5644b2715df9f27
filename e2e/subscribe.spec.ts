// The public subscription in a real browser: subscribe in Japanese, read the
// confirmation mail from the development catch-all, confirm, unsubscribe; and the
// notice mail's HTML opened as a page in ja and en (screenshots to look at).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { closeDatabase, query } from "./support/console-access-db";
import { scheduled } from "./support/public-pages";
import { accessibilityScan } from "./support/accessibility-scan";

test.afterAll(closeDatabase);

const root = path.join(__dirname, "..");

/** The token of the last mail caught for the address (quoted-printable undone). */
async function mailedToken(email: string): Promise<string> {
  const [mail] = await query<{ raw: string }>(`SELECT raw FROM "CaughtMail" WHERE '${email}' = ANY(recipients) ORDER BY "createdAt" DESC LIMIT 1`);
  const raw = mail!.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
  return /token=([A-Za-z0-9_-]{43})/.exec(raw)![1]!;
}

const subscriber = async (email: string) => (await query<{ confirmedAt: Date | null; unsubscribedAt: Date | null; locale: string }>(`SELECT "confirmedAt", "unsubscribedAt", locale FROM "Subscriber" WHERE email = '${email}'`))[0];

async function noAxeViolations(page: Page) {
  const results = await accessibilityScan(page).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("subscribe in Japanese, confirm from the mail, unsubscribe", async ({ page }) => {
  test.slow();
  const email = `e2e-${Date.now()}@example.com`;
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "メール配信の登録" }).click();
  await expect(page).toHaveURL(/\/subscribe$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メンテナンス・障害情報のメール配信");

  // a bad address: the message beside the field, nothing stored
  await page.getByLabel("メールアドレス").fill("not-an-address");
  await page.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(page.getByText("メールアドレスの形式が正しくありません（例：name@example.co.jp）。")).toBeVisible();
  await expect(page.getByLabel("メールアドレス")).toHaveAttribute("aria-invalid", "true");
  await noAxeViolations(page);

  await page.getByLabel("メールアドレス").fill(email);
  await page.getByRole("group", { name: "決済方法" }).getByLabel("クレジットカード払い").check();
  await page.screenshot({ path: "test-results/screenshots/subscribe-ja.png", fullPage: true });
  await page.getByRole("button", { name: "確認メールを送る" }).click();
  await expect(page.getByRole("status")).toContainText("確認メールをお送りしました");
  expect(await subscriber(email)).toMatchObject({ confirmedAt: null, locale: "ja" });

  // opening the link changes nothing (mail scanners open links); the button confirms
  const token = await mailedToken(email);
  await page.goto(`/subscribe/confirm?token=${token}`);
  await expect(page.getByText(`${email} へのメール配信の登録を確定します。`)).toBeVisible();
  expect((await subscriber(email))!.confirmedAt).toBeNull();
  await noAxeViolations(page);
  await page.getByRole("button", { name: "登録を確定する" }).click();
  await expect(page).toHaveURL(/\/subscribe\/manage\?token=/);
  await expect(page.getByRole("status")).toHaveText("ご登録が完了しました。次回のお知らせからメールでお届けします。");
  expect((await subscriber(email))!.confirmedAt).not.toBeNull();
  await expect(page.getByRole("group", { name: "決済方法" }).getByLabel("クレジットカード払い")).toBeChecked();
  await noAxeViolations(page);
  await page.screenshot({ path: "test-results/screenshots/subscribe-manage-ja.png", fullPage: true });

  // the confirmation link works once
  const reused = await page.request.get(`/subscribe/confirm?token=${token}`);
  expect(reused.status()).toBe(404);
  expect(await reused.text()).toContain("このリンクは使用できません");

  await page.getByRole("button", { name: "配信を停止する" }).click();
  await expect(page).toHaveURL(/\/unsubscribe\/done$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("メール配信を停止しました");
  expect((await subscriber(email))!.unsubscribedAt).not.toBeNull();
});

for (const locale of ["ja", "en"] as const) {
  test(`the notice mail's HTML in ${locale}, opened as a page`, async ({ page }) => {
    test.slow(); // a tsx process renders it from the database
    const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/render-mail.ts", scheduled, "2", locale, "subscriber"], { cwd: root, env: process.env, encoding: "utf8" });
    const mail = JSON.parse(out) as { subject: string; html: string; headers: Record<string, string> };
    expect(mail.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    await page.setViewportSize({ width: 680, height: 900 });
    await page.setContent(mail.html);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(locale === "ja" ? "※7/23 追記あり" : "(Updated 23 Jul: addendum)");
    // (the hidden preview line repeats it for the mail client's list)
    await expect(page.getByText(locale === "ja" ? "このお知らせを更新しました（追記）" : "This notice has been updated (addendum)").filter({ visible: true })).toBeVisible();
    await expect(page.getByRole("link", { name: locale === "ja" ? "配信の停止" : "Unsubscribe" })).toHaveAttribute("href", /\/api\/subscriptions\/unsubscribe\?token=/);
    await page.screenshot({ path: `test-results/screenshots/mail-notice-${locale}.png`, fullPage: true });
  });
}
