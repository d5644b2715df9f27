import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createStaffUser, signInAs, type StaffUser } from "./support/staff";
import { draftNotice } from "./support/workflow-fixtures";
import { accessibilityScan } from "./support/accessibility-scan";

// Issue 9, previews: the impact-table editor with its live preview and the Markdown
// preview, both in a notice's editor; the console's preview tab, and the public notice
// page in draft mode: a draft for signed-in staff only, the cached page for everyone else.

const root = path.join(__dirname, "..");
const shots = "test-results/screenshots";

function draftNotices(slug: string) {
  const out = execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/draft-notice.ts", slug], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1)!) as Record<"published" | "unpublished", { noticeId: string; slug: string; revisionId: string }>;
}

/** A new notice's editor (a draft with one section of one paragraph), open in `page`. */
async function openNewDraft(page: Page, author: StaffUser) {
  const { noticeId } = draftNotice({ author, title: "プレビューの確認", startsInSeconds: 30 * 86_400 });
  await page.goto(`/admin/notices/${noticeId}`);
  await expect(page.getByRole("heading", { level: 2, name: "編集" })).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
  const results = await accessibilityScan(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the impact-table editor edits rows and the preview's 'what stops' follows", async ({ page, context, baseURL }) => {
  // each edit waits for a server rendering, and axe runs twice over a long form: minutes on a busy machine
  test.setTimeout(240_000);
  const editor = await createStaffUser(["EDITOR"]);
  await signInAs(context, editor, baseURL!);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openNewDraft(page, editor);
  // the first section gets an impact table, as its block editor adds one
  const section = page.getByRole("group", { name: /^セクション 1/ });
  await section.getByLabel("追加する要素").selectOption({ label: "影響範囲の表" });
  await section.getByRole("button", { name: "要素を追加" }).click();
  const table = page.locator(".admin-impact-editor");
  const preview = table.getByTestId("impact-preview");
  const stops = preview.locator(".facts__stops > dd");
  const row1 = table.getByRole("group", { name: "行 1", exact: true });

  // the empty starter row: the shared schema's field errors, tied to the pickers
  const service = row1.getByRole("group", { name: "対象サービス（カタログから選択）" });
  await expect(service).toHaveAccessibleDescription(/カタログの項目を選んでください/);
  await expect(table.getByRole("region", { name: "プレビュー", exact: true }).getByRole("status")).toHaveText("入力に誤りがあります。各欄を確認してください。");

  // pick with the keyboard: focus the checkbox, Space
  await service.getByRole("checkbox", { name: /クロネコwebコレクト/ }).focus();
  await page.keyboard.press("Space");
  await row1.getByRole("group", { name: "決済方法（カタログから選択）" }).getByRole("checkbox", { name: /クレジットカード払い/ }).check();
  await expect(stops).toContainText("クロネコwebコレクト");
  await expect(stops).toContainText("(一部停止)");
  await expect(stops).toContainText("クレジットカード払い");
  await expect(preview.locator("table.impact-table tbody th")).toHaveText("クロネコwebコレクト");
  await expect(service).not.toHaveAttribute("aria-invalid");

  // the row says the method stays available: nothing stops, the method is listed as available
  await row1.getByLabel("影響の有無").selectOption({ label: "ご利用いただけます" });
  await expect(stops).toHaveText("停止するものはありません");
  await expect(preview.locator(".facts__available > dd")).toContainText("クレジットカード払い");

  // a copied row below, switched back to 'stops' for another method: grouped as rendered
  await row1.getByRole("button", { name: "行 1 を複製" }).click();
  const row2 = table.getByRole("group", { name: "行 2", exact: true });
  await expect(row2.getByText("上の行とまとめて表示されます")).toBeVisible();
  await row2.getByRole("group", { name: "決済方法（カタログから選択）" }).getByRole("checkbox", { name: /クレジットカード払い/ }).uncheck();
  await row2.getByRole("group", { name: "決済方法（カタログから選択）" }).getByRole("checkbox", { name: /コンビニオンライン払い/ }).check();
  await row2.getByLabel("影響の有無").selectOption({ label: "ご利用いただけません" });
  await expect(stops).toContainText("コンビニオンライン払い");
  await expect(stops).not.toContainText("クレジットカード払い");
  // one service cell spanning both rows, as the public page groups them
  await expect(preview.locator("table.impact-table tbody th[rowspan='2']")).toHaveText("クロネコwebコレクト");

  // English, from the same server rendering
  await table.getByRole("radio", { name: "英語" }).check();
  await expect(stops).toContainText("Convenience store online payment");

  // the form field carries the table as JSON for a plain post
  const posted = JSON.parse(await table.locator('input[type="hidden"][name="content.sections.0.blocks.1"]').inputValue());
  expect(posted.rows.map((r: { cells: { refs: string[]; availability?: string }[] }) => [r.cells[1]!.refs, r.cells[2]!.availability])).toEqual([
    [["credit-card"], "AVAILABLE"],
    [["convenience-store"], "UNAVAILABLE"],
  ]);

  await page.screenshot({ path: `${shots}/admin-impact-editor-1280.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${shots}/admin-impact-editor-375.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test("the Markdown preview answers with the public site's sanitised HTML, for editors only", async ({ page, context, baseURL, request }) => {
  // a tsx process makes the notice and the editor's page is long: minutes on a busy machine
  test.setTimeout(180_000);
  const anonymous = await request.post("/api/admin/preview/markdown", { data: { text: "**太字**" } });
  expect(anonymous.status()).toBe(401);
  const editor = await createStaffUser(["EDITOR"]);
  await signInAs(context, editor, baseURL!);
  const answer = await page.request.post("/api/admin/preview/markdown", {
    data: { text: '**太字**と[危険](javascript:alert(1))\n\n<script>alert(1)</script><img src=x onerror="alert(1)">', footnoteKeys: [] },
  });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toBe("no-store");
  const { html } = (await answer.json()) as { html: string };
  expect(html).toContain("<strong>太字</strong>");
  expect(html).not.toContain("<script");
  expect(html).not.toContain("<img");
  expect(html).not.toContain('href="javascript:');
  const bad = await page.request.post("/api/admin/preview/markdown", { data: { text: 42 } });
  expect(bad.status()).toBe(400);

  // the component beside a text field: typed payloads stay text, no dialog opens
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await openNewDraft(page, editor);
  // typed into the section's CodeMirror field, in place of its paragraph
  await page.getByRole("textbox", { name: "本文(日本語、Markdown)" }).click();
  await page.keyboard.press("Control+A");
  await page.keyboard.insertText('**太字**と[リンク](javascript:alert(1))\n\n<img src=x onerror="alert(1)"><script>alert(1)</script>');
  const preview = page.getByRole("region", { name: "本文(日本語、Markdown)のプレビュー(セクション 1・要素 1)" });
  // rendered on the server a moment after the text changes: seconds on a busy machine
  await expect(preview.locator("strong")).toHaveText("太字", { timeout: 30_000 });
  await expect(preview).toContainText('<img src=x onerror="alert(1)"><script>alert(1)</script>');
  await expect(preview.locator("img, script, a[href^='javascript']")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("draft mode shows the draft to a signed-in editor and nothing unpublished to anyone else", async ({ browser, page, context, baseURL }) => {
  // a tsx process makes the notices: slow on a busy machine
  test.setTimeout(180_000);
  const notices = draftNotices(`preview-${Date.now().toString(36)}`);
  const { published, unpublished } = notices;
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);

  // the console's preview tab: links to both languages, the missing English, the screens
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/admin/notices/${published.noticeId}/preview`);
  await expect(page.getByRole("heading", { level: 2, name: "プレビュー" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("下書き: 緊急メンテナンスのお知らせ");
  await expect(page.getByRole("region", { name: "英語が未入力の項目" }).getByRole("listitem")).toHaveText(["タイトル"]);
  await expect(page.getByRole("region", { name: "メンテナンス画面" }).getByRole("img", { name: "全画面（英語）" })).toContainText("Kuroneko Web Collect maintenance notice");
  await page.screenshot({ path: `${shots}/admin-preview-tab-1280.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${shots}/admin-preview-tab-375.png`, fullPage: true });

  // the staff user opens the Japanese page: draft mode on, the draft shown, never cached
  const href = await page.getByRole("link", { name: "日本語のページを開く" }).getAttribute("href");
  const response = await page.goto(href!);
  const draftUrl = `/notices/${published.slug}?revision=${published.revisionId}`;
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(draftUrl);
  await expect(page.getByTestId("preview-bar")).toContainText("プレビュー(未公開)");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("下書き: 緊急メンテナンスのお知らせ");
  // the screen as 資料1 renders it, from the draft's settings
  await expect(page.getByRole("img", { name: "メンテナンス画面 (日本語)" })).toContainText("クロネコwebコレクト メンテナンスのお知らせ");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.screenshot({ path: `${shots}/admin-preview-draft-page-375.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/admin-preview-draft-page-1280.png`, fullPage: true });

  // a never-published notice, in English, for the staff user
  await page.goto(`/api/admin/preview/draft?revision=${unpublished.revisionId}&locale=en`);
  await expect(page).toHaveURL(new RegExp(`/en/notices/${unpublished.slug}\\?revision=`));
  await expect(page.getByTestId("preview-bar")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("未公開: 定期メンテナンスのお知らせ");

  // an anonymous visitor with the same URL: the published page, cached as ever; the new notice does not exist
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  const visit = await anonymous.goto(draftUrl);
  expect(visit!.status()).toBe(200);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("公開済み: 緊急メンテナンスのお知らせ");
  await expect(anonymous.getByTestId("preview-bar")).toHaveCount(0);
  expect(visit!.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=86340");
  expect((await anonymous.goto(`/notices/${unpublished.slug}?revision=${unpublished.revisionId}`))!.status()).toBe(404);

  // the draft-mode cookie without a staff session shows nothing unpublished either
  const bypass = (await context.cookies()).find((c) => c.name === "__prerender_bypass");
  expect(bypass).toBeDefined();
  await visitor.addCookies([bypass!]);
  const withCookie = await anonymous.goto(draftUrl);
  await expect(anonymous.getByRole("heading", { level: 1 })).toContainText("公開済み: 緊急メンテナンスのお知らせ");
  await expect(anonymous.getByTestId("preview-bar")).toHaveCount(0);
  expect(withCookie!.status()).toBe(200);
  expect((await anonymous.goto(`/notices/${unpublished.slug}?revision=${unpublished.revisionId}`))!.status()).toBe(404);
  // and the route that turns draft mode on sends it to sign in
  await anonymous.goto(`/api/admin/preview/draft?revision=${published.revisionId}`);
  await expect(anonymous).toHaveURL(/\/admin\/sign-in$/);
  await visitor.close();

  // the staff user's own view of the published page is unchanged once draft mode ends
  await page.goto("/api/admin/preview/exit");
  const after = await page.goto(`/notices/${published.slug}`);
  await expect(page.getByTestId("preview-bar")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("公開済み: 緊急メンテナンスのお知らせ");
  expect(after!.headers()["cache-control"]).toBe("s-maxage=60, stale-while-revalidate=86340");
});
