import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { createStaffUser, signInAs } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// The maintenance screen's default texts on the brand page (issue 10): the live preview
// beside the form follows what the admin types and the period style they choose, in ja
// and en, without asking the server; saving keeps the texts and the style.
// The spec works on an issuer of its own (its key sorts after the seeded one, which stays
// the site's brand) and removes it afterwards: the other console specs find one brand link.

test.describe.configure({ timeout: 120_000 });

const root = path.resolve(__dirname, "..");
const issuerId = `e2e-issuer-${crypto.randomUUID()}`;

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await sql(
    `INSERT INTO "Issuer" ("id", "key", "nameJa", "nameEn", "serviceNameJa", "serviceNameEn", "copyrightJa", "copyrightEn", "updatedAt")
     VALUES ($1, $2, '試験発行株式会社', 'Test Issuer Ltd.', '試験サービス', 'Test Service', '© 試験発行', '© Test Issuer', now())`,
    [issuerId, `zz-${issuerId}`],
  );
  await sql(
    `INSERT INTO "ScreenDefaults" ("id", "issuerId", "errorCode", "headingJa", "headingEn", "messageJa", "messageEn", "periodLabelJa", "periodLabelEn",
                                   "inlineMessageJa", "inlineMessageEn", "contactLabelJa", "contactLabelEn", "contactLinesJa", "contactLinesEn", "updatedAt")
     VALUES ($1, $2, 'Z010000000', '試験サービス メンテナンスのお知らせ', NULL, 'ただいまメンテナンス中です。', 'We are under maintenance.', 'メンテナンス日時', 'When',
             'メンテナンス中です。', NULL, 'お問い合わせ', 'Contact', ARRAY['試験窓口'], ARRAY[]::text[], now())`,
    [`${issuerId}-screen`, issuerId],
  );
});

test.afterAll(async () => {
  await sql(`DELETE FROM "ScreenDefaults" WHERE "issuerId" = $1`, [issuerId]);
  await sql(`DELETE FROM "Issuer" WHERE "id" = $1`, [issuerId]);
});

test("the preview follows the texts and the period style as they are typed, in ja and en; saving keeps them", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["ADMIN"]), baseURL!);
  await page.goto(`/admin/contacts/brand/${issuerId}`);
  const form = page.getByRole("form", { name: "メンテナンス画面の既定の文言" });
  const fullJa = page.getByTestId("screen-preview-full-ja");
  const fullEn = page.getByTestId("screen-preview-full-en");
  const inlineEn = page.getByTestId("screen-preview-inline-en");
  await expect(fullJa).toContainText("試験サービス メンテナンスのお知らせ");
  await expect(fullJa).toContainText("7月29日(月) 2時00分～7時00分");
  // no English heading yet: the English screen shows the Japanese one, as the live screen does
  await expect(fullEn).toContainText("試験サービス メンテナンスのお知らせ");
  await expect(fullEn).toContainText("Mon, 29 July, 2:00–7:00 (JST)");

  // typing and choosing change the preview in the browser: no request reaches the server
  // (Next's prefetches of the menu's links are no round trip of the preview)
  const requests: string[] = [];
  page.on("request", (request) => {
    if (!request.headers()["next-router-prefetch"]) requests.push(`${request.method()} ${request.url()}`);
  });
  await form.getByLabel("見出し（英語）", { exact: true }).fill("Test Service maintenance");
  await form.getByLabel("見出し（日本語）", { exact: true }).fill("試験サービス 臨時メンテナンス");
  await form.getByLabel("モーダル内の文言（英語）", { exact: true }).fill("Under maintenance: please try again later.");
  await form.getByLabel("期間の表示形式").selectOption("NOTICE");
  await expect(fullJa).toContainText("試験サービス 臨時メンテナンス");
  await expect(fullJa).toContainText("2019年7月29日(月) 午前2:00～7:00 (5時間)");
  await expect(fullEn).toContainText("Test Service maintenance");
  await expect(fullEn).toContainText("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  await expect(inlineEn).toContainText("Under maintenance: please try again later.");
  expect(requests).toEqual([]);

  for (const [width, height] of [
    [1280, 800],
    [375, 812],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screenshots/admin-screen-texts-${width}.png`, fullPage: true });
    const axe = await accessibilityScan(page).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `axe at ${width}`).toEqual([]);
  }

  await form.getByRole("button", { name: "保存する" }).click();
  await expect(page.getByText("メンテナンス画面の文言を保存しました。")).toBeVisible();
  await page.reload();
  await expect(form.getByLabel("見出し（日本語）", { exact: true })).toHaveValue("試験サービス 臨時メンテナンス");
  await expect(form.getByLabel("期間の表示形式")).toHaveValue("NOTICE");
  await expect(fullJa).toContainText("2019年7月29日(月) 午前2:00～7:00 (5時間)");
  const stored = await sql(`SELECT "headingEn", "periodStyle" FROM "ScreenDefaults" WHERE "issuerId" = $1`, [issuerId]);
  expect(stored.rows).toEqual([{ headingEn: "Test Service maintenance", periodStyle: "NOTICE" }]);
});

test("a channel's catalog page lists the published windows that stop it (windowsCoveringChannel)", async ({ page, context, baseURL }) => {
  const title = `チャネル確認用メンテナンス ${crypto.randomUUID().slice(0, 8)}`;
  // published through the domain code: a window 60 days ahead, 1 hour long, on the test environment only
  execFileSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "e2e/support/publish-notice.ts", `covering-${Date.now().toString(36)}`, String(60 * 86_400), "3600", "--channels=test-environment", `--title=${title}`],
    { cwd: root, env: process.env, stdio: "pipe" },
  );
  const channel = await sql(`SELECT "id" FROM "Channel" WHERE "key" = 'test-environment'`);
  await signInAs(context, await createStaffUser(["ADMIN"]), baseURL!);
  await page.goto(`/admin/catalog/channels/${channel.rows[0].id}`);
  const section = page.getByRole("region", { name: "このチャネルを止める公開済みのメンテナンス（今後90日）" });
  await expect(section.getByRole("link", { name: title })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/admin-catalog-channel-covering-1280.png", fullPage: true });
});
