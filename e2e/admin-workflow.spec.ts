import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { createStaffUser, signInAs, type StaffUser } from "./support/staff";
import { draftNotice } from "./support/workflow-fixtures";
import { accessibilityScan } from "./support/accessibility-scan";

// The workflow in the browser (issue 9): submit, four eyes, reject with a comment,
// resubmit, approve, publish, and a publication scheduled a few seconds ahead that
// takes effect on its own. The amendment of a reference notice is in
// admin-workflow-amend.spec.ts (it changes a seeded notice, so it runs last).

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

async function expectStatus(page: Page, status: string) {
  await expect(page.locator(".admin-notice-header")).toContainText(status);
}

/** axe on the page, or only on the parts this feature draws (the editing tab below them is the editor's spec's) */
async function axe(page: Page, only?: string[]) {
  let builder = accessibilityScan(page);
  for (const selector of only ?? []) builder = builder.include(selector);
  const results = await builder.analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test("editor submits; the same person cannot approve; approver rejects with a comment; resubmitted, approved and published", async ({ browser, baseURL }) => {
  // the author holds the approver role too: four eyes is about the person, not the role
  const author = await createStaffUser(["EDITOR", "APPROVER"], "作成 一郎");
  const reviewer = await createStaffUser(["EDITOR", "APPROVER"], "確認 二郎");
  const title = `ワークフロー確認のお知らせ ${Date.now()}`;
  const { noticeId, slug } = await draftNotice({ author, title, startsInSeconds: 3 * 3600 });

  const editor = await signedIn(browser, author, baseURL!);
  await editor.goto("/admin");
  const myDrafts = editor.getByRole("region", { name: /自分の下書き/ });
  await myDrafts.getByRole("link", { name: title }).click();
  await expect(editor).toHaveURL(`/admin/notices/${noticeId}`);
  await expect(editor.locator(".admin-notice-header h1")).toHaveText(title);
  await expectStatus(editor, "下書き");
  await expect(editor.getByRole("navigation", { name: "お知らせの画面" }).getByRole("link", { name: "編集" })).toHaveAttribute("aria-current", "page");
  // an edit saves itself, and the header's submit form, rendered before it, carries the
  // version that save made: submitting at once is no conflict with one's own autosave
  await editor.getByLabel("タイトル(英語)").first().fill("Workflow check");
  await expect(editor.getByRole("status", { name: "保存の状態" })).toContainText("保存しました", { timeout: 30_000 });
  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await expectStatus(editor, "承認待ち");
  // four eyes: no approve button for the author, though they hold the approver role
  await expect(workflow(editor).getByRole("button", { name: "承認する" })).toHaveCount(0);
  await editor.screenshot({ path: `${shots}/admin-workflow-submitted.png`, fullPage: true });

  // forced: the approve form of another approver's page, posted with the author's session
  const forced = await signedIn(browser, reviewer, baseURL!);
  await forced.goto(`/admin/notices/${noticeId}`);
  await forced.context().clearCookies();
  await signInAs(forced.context(), author, baseURL!);
  await workflow(forced).getByRole("button", { name: "承認する" }).click();
  await expect(workflow(forced).getByRole("alert")).toContainText("承認");
  await forced.reload();
  await expectStatus(forced, "承認待ち");

  // the reviewer finds it on the dashboard and sends it back with a comment
  const approver = await signedIn(browser, reviewer, baseURL!);
  await approver.goto("/admin");
  await approver.getByRole("region", { name: /自分の承認待ち/ }).getByRole("link", { name: title }).click();
  await expect(approver).toHaveURL(`/admin/notices/${noticeId}`);
  await workflow(approver).getByText("差し戻す", { exact: true }).first().click();
  const comment = "日時の表記を確認してください。";
  await workflow(approver).getByLabel("差し戻しの理由").fill(comment);
  await workflow(approver).getByRole("button", { name: "差し戻す" }).click();
  await expectStatus(approver, "差し戻し");
  await approver.getByRole("navigation", { name: "お知らせの画面" }).getByRole("link", { name: "履歴" }).click();
  await expect(approver).toHaveURL(`/admin/notices/${noticeId}/history`);
  await expect(approver.getByRole("main")).toContainText(comment);
  await expect(approver.getByRole("main")).toContainText("確認 二郎");

  // the author sees the comment, resubmits; the reviewer approves and publishes
  await editor.goto(`/admin/notices/${noticeId}/history`);
  await expect(editor.getByRole("main")).toContainText(comment);
  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await expectStatus(editor, "承認待ち");
  await approver.goto(`/admin/notices/${noticeId}`);
  await workflow(approver).getByRole("button", { name: "承認する" }).click();
  await expectStatus(approver, "承認済み");
  await workflow(approver).getByRole("button", { name: "今すぐ公開する" }).click();
  await expect(approver.locator(".admin-notice-header")).toContainText("公開中");
  await approver.screenshot({ path: `${shots}/admin-workflow-published.png`, fullPage: true });

  const visitor = await browser.newPage();
  const response = await visitor.goto(`/notices/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(title);

  await approver.goto(`/admin/notices/${noticeId}/history`);
  await axe(approver);
  for (const action of ["作成", "承認依頼", "差し戻し", "承認", "公開"]) await expect(approver.getByRole("main").getByText(action, { exact: true }).first()).toBeVisible();
  await approver.screenshot({ path: `${shots}/admin-workflow-history.png`, fullPage: true });

  // the dashboard and the notice header, on a desktop and a phone
  for (const width of [1280, 375]) {
    const page = await signedIn(browser, reviewer, baseURL!, width);
    await page.goto("/admin");
    await expect(page.getByRole("region", { name: /最近の公開/ }).getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("region", { name: /メンテナンス中/ })).toBeVisible();
    await axe(page);
    await page.screenshot({ path: `${shots}/admin-dashboard-${width}.png`, fullPage: true });
    await page.goto(`/admin/notices/${noticeId}`);
    await expect(page.locator(".admin-notice-header h1")).toHaveText(title);
    await axe(page, [".admin-notice-header", ".admin-workflow", ".admin-tabs"]);
    await page.screenshot({ path: `${shots}/admin-notice-header-${width}.png`, fullPage: true });
    await page.context().close();
  }
});

test("a publication scheduled a few seconds ahead takes effect on its own", async ({ browser, baseURL }) => {
  const author = await createStaffUser(["EDITOR"], "予約 三郎");
  const reviewer = await createStaffUser(["EDITOR", "APPROVER"], "予約 四郎");
  const title = `予約公開の確認 ${Date.now()}`;
  const { noticeId, slug } = await draftNotice({ author, title, startsInSeconds: 3 * 3600 });
  const editor = await signedIn(browser, author, baseURL!);
  await editor.goto(`/admin/notices/${noticeId}`);
  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await expectStatus(editor, "承認待ち");

  const approver = await signedIn(browser, reviewer, baseURL!);
  await approver.goto(`/admin/notices/${noticeId}`);
  await workflow(approver).getByRole("button", { name: "承認する" }).click();
  await expectStatus(approver, "承認済み");
  await workflow(approver).getByText("公開を予約する", { exact: true }).first().click();
  // a time in the past is refused at its field
  const publishAt = workflow(approver).getByLabel("公開日時(日本時間)");
  await publishAt.fill(jstLocal(new Date(Date.now() - 3_600_000)));
  await workflow(approver).getByRole("button", { name: "公開を予約する" }).click();
  await expect(publishAt).toHaveAttribute("aria-invalid", "true");
  // datetime-local has minutes: the next minute at least 30 s ahead (each step here takes seconds)
  const at = nextMinute(30_000);
  await publishAt.fill(jstLocal(at));
  await workflow(approver).getByRole("button", { name: "公開を予約する" }).click();
  await expectStatus(approver, "公開予約済み");
  const visitor = await browser.newPage();
  expect((await visitor.goto(`/notices/${slug}`))?.status()).toBe(404);
  await approver.goto("/admin");
  await expect(approver.getByRole("region", { name: /公開予約/ }).getByRole("link", { name: title })).toBeVisible();
  await approver.screenshot({ path: `${shots}/admin-dashboard-scheduled.png`, fullPage: true });

  await expect
    .poll(async () => (await visitor.request.get(`/notices/${slug}`)).status(), { timeout: at.getTime() - Date.now() + 60_000, intervals: [1_000] })
    .toBe(200);
  await visitor.goto(`/notices/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText(title);
});

/** "2026-11-30T09:05" in Japan time, as a datetime-local input takes it. */
function jstLocal(date: Date): string {
  return new Date(date.getTime() + 9 * 3_600_000).toISOString().slice(0, 16);
}

function nextMinute(atLeastMs: number): Date {
  const t = Date.now() + atLeastMs;
  return new Date(Math.ceil(t / 60_000) * 60_000);
}
