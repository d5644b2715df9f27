import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { watchPolicyViolations } from "./support/policy-violations";
import { createStaffUser, signInAs, type StaffUser } from "./support/staff";
import { addParagraph, noticeBySlug } from "./support/workflow-fixtures";
import { accessibilityScan } from "./support/accessibility-scan";

// An amendment of the first reference notice, through the console (issue 9): 訂正・追記する,
// its type and summary, the diff against the published revision before submitting,
// approval and publication; then the public page's banner and "※M/D 追記あり". It
// changes a seeded notice that other specs read as seeded, so it runs in its own
// project after them (playwright.config.ts).

const slug = "2019-07-29-webcollect-scheduled-maintenance";
const shots = "test-results/screenshots";

// each step renders a console page on a shared, busy machine: more than the default 5 s
test.describe.configure({ timeout: 480_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function signedIn(browser: Browser, user: StaffUser, baseURL: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await signInAs(context, user, baseURL);
  return context.newPage();
}

const workflow = (page: Page) => page.getByRole("region", { name: "ワークフロー" });
const amendment = (page: Page) => page.getByRole("region", { name: "訂正・追記の内容" });

/** "7/23" for today in Japan time, as the title suffix prints it. */
function todayJst(): string {
  const d = new Date(Date.now() + 9 * 3_600_000);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
}

test("an addendum to the first reference notice: type and summary, the diff before submitting, then the public banner and suffix", async ({ browser, baseURL }) => {
  const writer = await createStaffUser(["EDITOR"], "追記 五郎");
  const reviewer = await createStaffUser(["EDITOR", "APPROVER"], "承認 六子");
  const { noticeId } = noticeBySlug(slug);

  const editor = await signedIn(browser, writer, baseURL!);
  const violations = await watchPolicyViolations(editor);
  await editor.goto(`/admin/notices/${noticeId}`);
  await expect(editor.locator(".admin-notice-header")).toContainText("公開中: 第2版");
  await workflow(editor).getByRole("button", { name: "訂正・追記する" }).click();
  await expect(editor.locator(".admin-notice-header")).toContainText("第2版への訂正・追記の下書き");

  // without a type and summary the amendment cannot be saved: field errors, nothing stored
  await amendment(editor).getByRole("button", { name: "訂正・追記の内容を保存する" }).click();
  await expect(amendment(editor).getByRole("group", { name: "種類" })).toHaveAccessibleDescription(/.+/);

  await amendment(editor).getByRole("radio", { name: "追記" }).check();
  const summary = "メンテナンス後の確認手順を追記";
  await amendment(editor).getByLabel("概要(日本語)").fill(summary);
  await amendment(editor).getByLabel("概要(英語)").fill("Added the checks after the maintenance");
  await amendment(editor).getByRole("button", { name: "訂正・追記の内容を保存する" }).click();
  await expect(amendment(editor).getByRole("status")).toHaveText("保存しました。");
  // the draft's page came by the amend button's redirect (a client-side navigation):
  // its CodeMirror <style> carries the document's nonce, no style attribute is refused
  expect(await violations()).toEqual([]);

  // the text itself is the editor tab's; here it is saved through the same command
  const { revisionId } = noticeBySlug(slug).working!;
  const added = "メンテナンス終了後、管理画面で決済の状態をご確認ください。";
  addParagraph({ editor: writer, revisionId, ja: added, en: "After the maintenance, check the payments in the console." });
  await editor.reload();
  await expect(amendment(editor).getByRole("insertion").filter({ hasText: added }).first()).toBeVisible();
  await editor.screenshot({ path: `${shots}/admin-amendment-diff-1280.png`, fullPage: true });
  const phone = await signedIn(browser, writer, baseURL!, 375);
  await phone.goto(`/admin/notices/${noticeId}`);
  await expect(amendment(phone).getByRole("insertion").filter({ hasText: added }).first()).toBeVisible();
  await phone.screenshot({ path: `${shots}/admin-amendment-diff-375.png`, fullPage: true });
  // nothing to scroll sideways on a phone (the diff and the editor below it)
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // this feature's parts; the editing tab below them is the editor's spec's
  const results = await accessibilityScan(editor).include(".admin-notice-header").include(".admin-workflow").include(".admin-amendment").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await expect(editor.locator(".admin-notice-header")).toContainText("承認待ち");

  const approver = await signedIn(browser, reviewer, baseURL!);
  await approver.goto(`/admin/notices/${noticeId}`);
  await expect(amendment(approver)).toContainText(summary);
  await expect(amendment(approver).getByRole("insertion").filter({ hasText: added }).first()).toBeVisible();
  await workflow(approver).getByRole("button", { name: "承認する" }).click();
  await expect(approver.locator(".admin-notice-header")).toContainText("承認済み");
  await workflow(approver).getByRole("button", { name: "今すぐ公開する" }).click();
  await expect(approver.locator(".admin-notice-header")).toContainText("公開中: 第3版");

  const visitor = await browser.newPage();
  await expect
    .poll(async () => {
      await visitor.goto(`/notices/${slug}`);
      return visitor.getByRole("heading", { level: 1 }).textContent();
    })
    .toContain(`※${todayJst()} 追記あり`);
  await expect(visitor.getByRole("note").first()).toContainText("追記いたしました");
  await expect(visitor.getByRole("main")).toContainText(added);
  await visitor.screenshot({ path: `${shots}/admin-amendment-public.png`, fullPage: true });
});
