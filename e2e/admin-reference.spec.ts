import { expect, test, type Page } from "@playwright/test";
import { editorLabels as t } from "@/lib/notices/editor/messages";
import { slug as seededSlug, revision1 } from "@/prisma/seed/notice-001";
import { createStaffUser, signInAs } from "./support/staff";

// Issue 9's end-to-end scenario: an editor re-creates the second reference notice
// (prisma/seed/notice-001.ts, fixtures/reference-notices/001_…) from the 臨時
// template through the console, an approver publishes it (backfill: its window is
// in 2020), and its public page matches the seeded one in content. The seeded page
// is the reference; both main texts are compared after normalising white space and
// the slug.

const slug = "2020-04-20-webcollect-extraordinary-maintenance-ui";

/** The notice's main text as a reader gets it, white space collapsed, the notice's own address left out. */
async function mainText(page: Page, noticeSlug: string): Promise<string> {
  const text = await page.locator("main").innerText();
  return text.replaceAll(noticeSlug, "{slug}").replace(/\s+/g, " ").trim();
}

/** The editor's first step, which the console can do today: a draft from the 臨時 template with the letter's title and window. */
async function createFromTemplate(page: Page) {
  await page.goto("/admin/notices/new");
  await page.getByLabel(t.sources.template).check();
  await page.getByLabel(t.kind).selectOption({ label: "臨時" });
  await page.getByLabel(t.slug).fill(slug);
  await page.getByLabel(`${t.title}(日本語)`).fill(revision1.title.ja);
  // 2020-04-20 02:00–06:00 JST, as the letter says
  await page.getByLabel(t.startsAt).fill("2020-04-20T02:00");
  await page.getByLabel(t.endsAt).fill("2020-04-20T06:00");
  await page.getByRole("button", { name: t.create }).click();
  await expect(page).toHaveURL(/\/admin\/notices\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(revision1.title.ja);
}

test("an editor starts the reference notice from the 臨時 template (title, window, the template's letter)", async ({ page, context, baseURL }) => {
  test.slow();
  await signInAs(context, await createStaffUser(["EDITOR"], "編集 一郎"), baseURL!);
  await createFromTemplate(page);
  // the template's letter: greeting, 記 … 以上 sections, the time section with its windows
  // the lead is a CodeMirror editor (a contenteditable textbox), one per language
  await expect(page.getByRole("textbox", { name: `${t.lead}(日本語)` })).toContainText("平素は格別のご高配を賜り");
  await page.screenshot({ path: "test-results/screenshots/reference-editor.png", fullPage: false });
});

test("the re-created reference notice, published by an approver (backfill), reads as the seeded one", async ({ browser, baseURL }) => {
  // What cannot be done yet on this branch, named precisely: approving and publishing
  // from the console (console-workflow's header buttons) is not merged here. Also not
  // written yet in this spec: filling the letter's two impact tables, its API change,
  // screen and attachments through the editor (the editor has the fields now).
  test.fail(true, "not yet through the UI: this spec does not fill the impact tables, API change, screen and attachments, and its workflow button names are not checked against the merged console");
  test.slow();
  const editorContext = await browser.newContext({ baseURL });
  await signInAs(editorContext, await createStaffUser(["EDITOR"], "編集 二郎"), baseURL!);
  const page = await editorContext.newPage();
  await createFromTemplate(page);
  // submit, then an approver (who wrote nothing) approves and publishes with the backfill confirmation
  await expect(page.getByRole("button", { name: "承認を依頼" }), "console-workflow's submit button").toBeVisible();
  await page.getByRole("button", { name: "承認を依頼" }).click();
  const approverContext = await browser.newContext({ baseURL });
  await signInAs(approverContext, await createStaffUser(["APPROVER"], "承認 三郎"), baseURL!);
  const approver = await approverContext.newPage();
  await approver.goto(page.url());
  await approver.getByRole("button", { name: "承認" }).click();
  await approver.getByLabel(/バックフィル/).check();
  await approver.getByRole("button", { name: "公開" }).click();

  const reader = await browser.newPage();
  await reader.goto(`/notices/${seededSlug}`);
  const reference = await mainText(reader, seededSlug);
  await expect(async () => {
    expect((await reader.goto(`/notices/${slug}`))?.status()).toBe(200);
    expect(await mainText(reader, slug)).toBe(reference);
  }).toPass({ timeout: 30_000 });
});
