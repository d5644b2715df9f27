import { expect as baseExpect, test, type APIRequestContext, type Page } from "@playwright/test";
import { createStaffUser, signInAs } from "./support/staff";
import { accessibilityScan } from "./support/accessibility-scan";

// The dashboard's maintenance controls (issue 10, Decision 6) as an approver: start now
// on a channel, then the public GET /api/v1/maintenance says active at once (its first answer);
// extend, and it says the later end; end now, and it says inactive. Screenshots of the
// panel at 1280 and 375 px. Then the approval afterwards (Decision 5): the approver who
// broke the glass cannot approve their own publications; another approver does, one of them.

const shots = "test-results/screenshots";
const CHANNEL = "test-environment";
const CHANNEL_NAME = "テスト環境(画面)";
const HOUR = 3_600_000;

test.describe.configure({ timeout: 240_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

/** An instant as the console's datetime-local value in Japan time. */
const jstInput = (at: Date) => new Date(at.getTime() + 9 * HOUR).toISOString().slice(0, 16);

async function publicState(request: APIRequestContext) {
  const response = await request.get(`/api/v1/maintenance?channel=${CHANNEL}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { active: boolean; window: { start: string; end: string } | null; notice: { slug: string; title: { ja: string; en: string | null } } | null };
}

/**
 * The public API's first answer once the console said the control was published: the
 * action returns only after the publish hook refreshed this instance's snapshot, so that
 * answer already has it (no retry). Returns how long it took.
 */
async function rightAfter(request: APIRequestContext, check: (state: Awaited<ReturnType<typeof publicState>>) => boolean) {
  const started = Date.now();
  const state = await publicState(request);
  expect(check(state), JSON.stringify(state)).toBe(true);
  return Date.now() - started;
}

const panel = (page: Page) => page.getByRole("region", { name: "メンテナンス操作" });

test("start now → the API says active at once → extend → end now", async ({ browser, baseURL, request }) => {
  const approver = await createStaffUser(["APPROVER"], "操作 三郎");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
  await signInAs(context, approver, baseURL!);
  const page = await context.newPage();
  await page.goto("/admin");
  await expect(panel(page).getByRole("heading", { name: "メンテナンスを今すぐ開始" })).toBeVisible();

  // a refusal first: no channel chosen is refused at the field, before anything is written
  await panel(page).getByRole("button", { name: "開始を公開する(承認なし)" }).click();
  await expect(panel(page).getByText("メンテナンス画面を表示するチャネルを1つ以上選んでください。")).toBeVisible();
  expect((await publicState(request)).active).toBe(false);

  const end = new Date(Math.ceil((Date.now() + 2 * HOUR) / 60_000) * 60_000);
  await panel(page).getByRole("checkbox", { name: CHANNEL_NAME }).check();
  await panel(page).getByLabel("終了予定(日本時間)", { exact: true }).fill(jstInput(end));
  await panel(page).getByLabel("理由(お知らせの本文に載ります)").fill("テスト環境の緊急メンテナンス");
  await panel(page).getByRole("button", { name: "開始を公開する(承認なし)" }).click();
  await expect(panel(page).getByRole("status")).toHaveText("緊急メンテナンスのお知らせを公開しました。");
  const startLag = await rightAfter(request, (s) => s.active && s.window?.end === end.toISOString());
  const { slug, title } = (await publicState(request)).notice!;
  expect(slug).toMatch(/^emergency-/);
  console.log(`start → the API answered active in ${startLag} ms`);

  // the panel shows the channel in maintenance and the window with its controls
  await expect(panel(page).locator(`tr[data-channel="${CHANNEL}"]`)).toContainText("メンテナンス中");
  const item = panel(page).locator(`li[data-slug="${slug}"]`);
  await expect(item).toBeVisible();
  const axe = await accessibilityScan(page).include(".admin-maintenance").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  await panel(page).screenshot({ path: `${shots}/admin-maintenance-panel-1280.png` });
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 375, height: 812 });
  await phone.goto("/admin");
  await expect(panel(phone).locator(`li[data-slug="${slug}"]`)).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await panel(phone).screenshot({ path: `${shots}/admin-maintenance-panel-375.png` });
  await phone.close();

  // extend by two hours, through the confirmation dialog
  const later = new Date(end.getTime() + 2 * HOUR);
  await item.getByRole("button", { name: "延長" }).click();
  const extendDialog = page.getByRole("dialog", { name: "終了予定を延長しますか?" });
  await extendDialog.getByLabel("延長後の終了予定(日本時間)").fill(jstInput(later));
  await extendDialog.getByRole("button", { name: "延長を公開する" }).click();
  await expect(extendDialog.getByRole("status")).toHaveText("延長を公開しました。");
  const extendLag = await rightAfter(request, (s) => s.active && s.window?.end === later.toISOString());
  console.log(`extend → the API answered the later end in ${extendLag} ms`);
  await extendDialog.getByRole("button", { name: "やめる" }).click();

  // end now, confirmed
  await panel(page).locator(`li[data-slug="${slug}"]`).getByRole("button", { name: "今すぐ終了" }).click();
  const endDialog = page.getByRole("dialog", { name: "メンテナンスを今すぐ終了しますか?" });
  await expect(endDialog).toContainText("メンテナンス画面はすぐに消えます");
  await endDialog.getByRole("button", { name: "終了を公開する" }).click();
  // the console shows it done: the window is no longer in force on the panel
  await expect(panel(page).locator(`li[data-slug="${slug}"]`)).toHaveCount(0);
  const endLag = await rightAfter(request, (s) => !s.active);
  console.log(`end → the API answered inactive in ${endLag} ms`);
  await expect(panel(page).locator(`tr[data-channel="${CHANNEL}"]`)).toContainText("通常稼働");

  // the publications wait for approval afterwards: the dashboard lists them, start, extension
  // and end; the approver who broke the glass is told another approver reviews them
  const awaiting = (p: Page) => p.getByRole("region", { name: /事後承認待ちの緊急公開/ }).getByRole("listitem").filter({ hasText: title.ja });
  const own = awaiting(page).filter({ hasText: "自分の緊急公開です(別の承認者が事後承認します)" });
  await expect(own).toHaveCount(3);
  await expect(own.getByRole("button", { name: "事後承認する" })).toHaveCount(0);
  await context.close();

  // another approver: the newest first, with the button; approved, that line leaves the list
  // (with the form's notice, so the list is what tells); the others still wait
  const reviewer = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "ja-JP" });
  await signInAs(reviewer, await createStaffUser(["APPROVER"], "確認 四郎"), baseURL!);
  const review = await reviewer.newPage();
  await review.goto("/admin");
  const newest = awaiting(review).first();
  const publishedAt = await newest.locator("time").getAttribute("datetime");
  expect(Date.parse(publishedAt!)).toBeGreaterThan(Date.parse(end.toISOString()) - 3 * HOUR); // one of this test's three
  await newest.getByRole("button", { name: "事後承認する" }).click();
  await expect(awaiting(review).filter({ has: review.locator(`time[datetime="${publishedAt}"]`) })).toHaveCount(0);
  await expect(awaiting(review).getByRole("button", { name: "事後承認する" }).first()).toBeVisible();
  await reviewer.close();
});
