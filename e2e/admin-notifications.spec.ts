import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import pg from "pg";
import { createStaffUser, signInAs } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// What staff see of notifications (issue 11), in the production build: the send log
// filtered and exported as CSV (read back), a notice's evidence tab, who will be told
// before publishing, clearing a suppressed address, and a caught mail in the
// development mailbox. The rows are written to the database here, as the outbox and
// the worker would leave them. Screenshots of each page.

const shots = "test-results/screenshots";
const NOTICE = "2019-07-29-webcollect-scheduled-maintenance"; // seeded reference notice 000
const tag = `e2e${Date.now().toString(36)}`;

test.describe.configure({ mode: "serial", timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function noAxeViolations(page: Page, exclude?: string) {
  const builder = accessibilityScan(page).include("main");
  const axe = await (exclude ? builder.exclude(exclude) : builder).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

let noticeId = "";

test.beforeAll(async () => {
  const [revision] = await sql<{ id: string; noticeId: string }>(`SELECT r.id, r."noticeId" FROM "Revision" r JOIN "Notice" n ON n.id = r."noticeId" WHERE n.slug = $1 AND r.number = 1`, [NOTICE]);
  noticeId = revision!.noticeId;
  const [merchant] = await sql<{ id: string }>(`INSERT INTO "Merchant" (id, code, "nameJa") VALUES ($1, $2, '証跡テスト商店') RETURNING id`, [`m${tag}`, `M-${tag}`]);
  const row = (n: number, status: string, recipient: string | null, extra: { error?: string; reason?: string; channel?: string; minutes?: number } = {}) =>
    sql(
      `INSERT INTO "SendLog" (id, "noticeId", "revisionId", channel, recipient, "merchantId", status, reason, attempts, "lastError", "messageId", "createdAt", "sentAt")
       VALUES ($1, $2, $3, $4::"SendChannel", $5, $6, $7::"SendStatus", $8, $9, $10, $11, now() - make_interval(mins => $12), CASE WHEN $7 = 'SENT' THEN now() ELSE NULL END)`,
      [`s${n}${tag}`, noticeId, revision!.id, extra.channel ?? "EMAIL", recipient, recipient ? merchant!.id : null, status, extra.reason ?? null, status === "QUEUED" ? 0 : 1, extra.error ?? null, recipient ? `${tag}-${n}` : null, extra.minutes ?? n],
    );
  await row(1, "SENT", `tech-${tag}@shop.test`);
  await row(2, "SENT", `https://hooks.shop.test/${tag}`, { channel: "WEBHOOK" });
  await row(3, "FAILED", `bounce-${tag}@shop.test`, { error: '=cmd|"/c calc"!A0, 550 5.1.1 user unknown' });
  await row(4, "QUEUED", `later-${tag}@shop.test`);
  await sql(`INSERT INTO "Suppression" (id, address, reason, "sendLogId") VALUES ($1, $2, '550 5.1.1 user unknown', $3)`, [`sup${tag}`, `bounce-${tag}@shop.test`, `s3${tag}`]);
  const raw = [
    "From: notices@psp.test",
    `To: tech-${tag}@shop.test`,
    `Subject: =?UTF-8?B?${Buffer.from(`【重要】メンテナンスのお知らせ ${tag}`).toString("base64")}?=`,
    `Message-ID: <${tag}-1@psp.test>`,
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b"',
    "",
    "--b",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "7/29 2:00-7:00 stop",
    "--b",
    "Content-Type: text/html; charset=utf-8",
    "",
    `<h1 id="mail-heading">HTML ${tag}</h1><script>document.title = "ran"; parent.document.body.dataset.pwned = "1"</script>`,
    "--b--",
    "",
  ].join("\r\n");
  await sql(`INSERT INTO "CaughtMail" (id, "messageId", recipients, subject, raw) VALUES ($1, $2, ARRAY[$3], $4, $5)`, [`mail${tag}`, `${tag}-1@psp.test`, `tech-${tag}@shop.test`, `【重要】メンテナンスのお知らせ ${tag}`, raw]);
});

test("the send log: filter, counts, CSV export read back, and the notice's evidence tab", async ({ browser, baseURL }) => {
  const approver = await createStaffUser(["APPROVER"], "証跡 一郎");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP", acceptDownloads: true });
  await signInAs(context, approver, baseURL!);
  const page = await context.newPage();
  await page.goto(`/admin/notifications?merchant=M-${tag}`);
  await expect(page.getByRole("heading", { level: 1, name: "送信記録" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("4件");
  await expect(page.locator('[data-status="FAILED"]')).toHaveText("1");
  await page.getByLabel("状態", { exact: true }).selectOption("FAILED");
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  const table = page.getByRole("region", { name: "送信記録" });
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table).toContainText(`bounce-${tag}@shop.test`);
  await noAxeViolations(page);
  await page.screenshot({ path: `${shots}/admin-send-log.png`, fullPage: true });

  // the CSV of exactly these rows
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "この条件で CSV を書き出す" }).click();
  const download = await downloading;
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n");
  expect(lines[0]).toBe("お知らせ,版,訂正・追記の種類,種類,経路,宛先,加盟店コード,状態,理由,試行回数,記録日時,送信日時,最後のエラー,メッセージID");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`${NOTICE},1,,PUBLICATION,EMAIL,bounce-${tag}@shop.test,M-${tag},FAILED,,1,`);
  expect(lines[1]).toContain(`"'=cmd|""/c calc""!A0, 550 5.1.1 user unknown"`);

  // the bad input of a filter: said at its field, nothing listed
  await page.goto(`/admin/notifications?notice=no-such-notice`);
  await expect(page.getByText("このスラッグのお知らせはありません。")).toBeVisible();

  // the notice's own evidence
  await page.goto(`/admin/notices/${noticeId}/notifications`);
  await expect(page.locator(".admin-tabs").getByRole("link", { name: "送信記録" })).toHaveAttribute("aria-current", "page");
  const first = page.locator('[data-revision="1"]');
  await expect(first).toContainText("加盟店 1社にメール");
  await expect(first).toContainText("Webhook 1件、失敗 1件");
  await expect(first).toContainText("送信待ち 1件");
  await noAxeViolations(page);
  await page.screenshot({ path: `${shots}/admin-notice-evidence.png`, fullPage: true });
  await first.getByRole("link", { name: "この版の記録をすべて見る" }).click();
  await expect(page.getByRole("heading", { name: "第1報の送信記録" })).toBeVisible();
  await page.screenshot({ path: `${shots}/admin-revision-evidence.png`, fullPage: true });
  await context.close();
});

test("who will be told, before publishing an amendment by break glass", async ({ browser, baseURL }) => {
  const slug = `${tag}-recipients`;
  const out = execFileSync(path.join(process.cwd(), "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/draft-notice.ts", slug], { env: process.env, encoding: "utf8" });
  const { published } = JSON.parse(out.trim().split("\n").at(-1)!) as { published: { noticeId: string } };
  // a merchant contracted to the channel the draft stops (api), with two addresses
  await sql(`INSERT INTO "Merchant" (id, code, "nameJa") VALUES ($1, $2, 'API加盟店')`, [`r${tag}`, `R-${tag}`]);
  await sql(`INSERT INTO "MerchantContact" (id, "merchantId", email, purpose) VALUES ($1, $2, $3, 'TECHNICAL'), ($4, $2, $5, 'BUSINESS')`, [`c1${tag}`, `r${tag}`, `t-${tag}@api.test`, `c2${tag}`, `b-${tag}@api.test`]);
  await sql(`INSERT INTO "MerchantChannel" ("merchantId", "channelId") SELECT $1, id FROM "Channel" WHERE key = 'api'`, [`r${tag}`]);
  const approver = await createStaffUser(["APPROVER"], "告知 次郎");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
  await signInAs(context, approver, baseURL!);
  const page = await context.newPage();
  await page.goto(`/admin/notices/${published.noticeId}/preview`);
  const panel = page.getByRole("region", { name: "通知される相手" });
  await expect(panel).toContainText(`R-${tag} API加盟店`);
  await expect(page.getByTestId("recipients-summary")).toContainText("メール");
  await panel.screenshot({ path: `${shots}/admin-recipients-panel.png` });
  await panel.getByRole("link", { name: "すべての相手を見る" }).click();
  const row = page.getByRole("row", { name: new RegExp(`R-${tag}`) });
  await expect(row).toContainText(`t-${tag}@api.test`);
  await expect(row).toContainText(`b-${tag}@api.test`);
  await noAxeViolations(page);
  await page.screenshot({ path: `${shots}/admin-recipients-list.png`, fullPage: true });
  await context.close();
});

test("an admin clears a suppressed address and reads a caught mail", async ({ browser, baseURL }) => {
  const admin = await createStaffUser(["ADMIN"], "管理 三子");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
  await signInAs(context, admin, baseURL!);
  const page = await context.newPage();
  await page.goto("/admin/notifications/suppressions");
  const row = page.getByRole("row", { name: new RegExp(`bounce-${tag}@shop\\.test`) });
  await expect(row).toContainText("550 5.1.1 user unknown");
  await noAxeViolations(page);
  await page.screenshot({ path: `${shots}/admin-suppressions.png`, fullPage: true });
  await row.getByRole("button", { name: "解除する" }).click();
  // the list is read again after the write: the cleared address leaves it
  await expect(row).toHaveCount(0);
  const [stored] = await sql<{ clearedById: string | null }>(`SELECT "clearedById" FROM "Suppression" WHERE id = $1`, [`sup${tag}`]);
  expect(stored!.clearedById).toBe(admin.id);
  const [audited] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM "AuditEvent" WHERE action = 'suppression.clear' AND "entityId" = $1 AND "actorId" = $2`, [`sup${tag}`, admin.id]);
  expect(audited!.n).toBe(1);

  await page.goto("/admin/mailbox");
  await page.getByRole("link", { name: `【重要】メンテナンスのお知らせ ${tag}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `【重要】メンテナンスのお知らせ ${tag}` })).toBeVisible();
  await expect(page.getByText("7/29 2:00-7:00 stop")).toBeVisible();
  const frame = page.frameLocator("iframe.admin-mail-html");
  await expect(frame.getByRole("heading", { name: `HTML ${tag}` })).toBeVisible();
  // sandbox="": the mail's script never ran, neither in its frame nor on the console
  await expect(page.locator("iframe.admin-mail-html")).toHaveAttribute("sandbox", "");
  expect(await page.evaluate(() => document.body.dataset.pwned ?? null)).toBeNull();
  // the console around the mail; the mail's own document is not the console's (and an
  // evaluation inside a frame that may run no script has hung the whole test)
  await noAxeViolations(page, "iframe.admin-mail-html");
  await page.screenshot({ path: `${shots}/admin-mailbox-mail.png`, fullPage: true });
  await context.close();
});
