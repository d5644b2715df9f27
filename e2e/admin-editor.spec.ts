import { expect, test, type Page } from "@playwright/test";
import { watchPolicyViolations } from "./support/policy-violations";
import { createStaffUser, signInAs } from "./support/staff";
import { referenceAmendment } from "./support/workflow-fixtures";
import { accessibilityScan } from "./support/accessibility-scan";

// The notice editor (issue 9) in the browser: create from a template, edit, autosave,
// a field error at its field, a conflict between two tabs; axe, the console's CSP
// (CodeMirror included) and screenshots on a desktop and a phone.

async function axe(page: Page, what: string) {
  const results = await accessibilityScan(page).analyze();
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

// a production build on a machine shared by many: pages with CodeMirror take their time
test.describe.configure({ timeout: 180_000 });
test.use({ navigationTimeout: 60_000, actionTimeout: 30_000 });

const slug = () => `e2e-editor-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;

/** Creates a 臨時 notice from its template through the form; leaves the page in its editor. */
async function createFromTemplate(page: Page, s: string) {
  await page.goto("/admin/notices/new");
  await expect(page.getByRole("heading", { level: 1, name: "お知らせを作成" })).toBeVisible();
  await page.getByLabel("ひな形から").check();
  await page.getByLabel("種類").selectOption({ label: "臨時" });
  await page.getByLabel("スラッグ(URL)").fill(s);
  await page.getByLabel("タイトル(日本語)").fill("「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ");
  await page.getByLabel("開始(日本時間)").fill("2030-04-20T02:00");
  await page.getByLabel("終了(日本時間)").fill("2030-04-20T06:00");
  await page.getByRole("button", { name: "下書きを作成" }).click();
  await expect(page).toHaveURL(/\/admin\/notices\/(?!new$)[a-z0-9]+$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("臨時システムメンテナンス実施(4/20)", { timeout: 30_000 });
}

const saveStatus = (page: Page) => page.getByRole("status", { name: "保存の状態" });
const saved = (page: Page) => expect(saveStatus(page)).toContainText("保存しました", { timeout: 30_000 });

test("an editor creates a notice from a template, edits it and it saves itself", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  const violations = await watchPolicyViolations(page);
  const s = slug();
  await createFromTemplate(page, s);

  // the template's letter is there: greeting in the Markdown editor, the skeleton's sections
  const lead = page.getByRole("textbox", { name: "前文(あいさつ・概要、Markdown)(日本語)" });
  await expect(lead).toContainText("平素は格別のご高配を賜り");
  await expect(page.getByRole("group", { name: /^セクション 4: 本件に関する問い合わせ先/ })).toBeVisible();

  await page.getByLabel("タイトル(英語)").first().fill("Extraordinary maintenance (20 April)");
  await lead.click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type("\n\n追記: **重要** なお知らせです。");
  await saved(page);

  await page.reload();
  await expect(page.getByLabel("タイトル(英語)").first()).toHaveValue("Extraordinary maintenance (20 April)");
  await expect(page.getByRole("textbox", { name: "前文(あいさつ・概要、Markdown)(日本語)" })).toContainText("追記: **重要** なお知らせです。");

  // the list finds it by its slug
  await page.goto(`/admin/notices?q=${s}`);
  await expect(page.getByRole("link", { name: "「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ" })).toBeVisible();
  await page.getByLabel("種類").selectOption({ label: "定期" });
  await page.getByRole("button", { name: "絞り込む" }).click();
  await expect(page.getByText("条件に合うお知らせはありません。")).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("errors are shown at their fields and nothing is saved until they are fixed", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  await createFromTemplate(page, slug());
  const window = page.getByRole("group", { name: "停止日時 1" });
  const end = window.getByLabel("終了(日本時間)");
  await end.fill("2030-04-20T01:00");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(end).toHaveAccessibleDescription(/終了は開始より後にしてください/);
  await expect(saveStatus(page)).toHaveText("入力に誤りがあります。直すと自動で保存します。");

  // the reference notice's 8-digit error code
  await page.getByLabel("メンテナンス中、決済画面にメンテナンス画面を表示する").check();
  const code = page.getByLabel("エラーコード", { exact: true });
  await code.fill("Z01000000");
  await expect(code).toHaveAccessibleDescription(/英大文字1字と数字9桁/);
  await page.screenshot({ path: "test-results/screenshots/admin-editor-errors.png", fullPage: true });
  await axe(page, "editor with field errors");

  await code.fill("Z010000000");
  await end.fill("2030-04-20T06:00");
  await page.getByRole("group", { name: "メンテナンス画面を表示するチャネル" }).getByLabel("リンク方式お支払い手続き画面").check();
  await saved(page);
  await expect(end).not.toHaveAttribute("aria-invalid", "true");
});

test("two tabs editing the same draft: the later save shows both texts and loses nothing", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  await createFromTemplate(page, slug());
  const other = await context.newPage();
  await other.goto(page.url());

  await page.getByLabel("タイトル(日本語)").first().fill("先に保存したタイトル");
  await saved(page);

  await other.getByLabel("タイトル(日本語)").first().fill("後から書いたタイトル");
  const conflict = other.getByRole("region", { name: "他の人が先にこの版を保存しました" });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict.getByRole("textbox", { name: /保存されている内容/ })).toHaveValue(/先に保存したタイトル/);
  await expect(conflict.getByRole("textbox", { name: "あなたの内容" })).toHaveValue(/後から書いたタイトル/);
  await other.screenshot({ path: "test-results/screenshots/admin-editor-conflict.png", fullPage: true });

  await conflict.getByRole("button", { name: "自分の内容で上書き保存する" }).click();
  await saved(other);
  await page.reload();
  await expect(page.getByLabel("タイトル(日本語)").first()).toHaveValue("後から書いたタイトル");
});

// axe and the width of the list, the new-notice form and an editor at both widths are in
// admin-a11y.spec.ts (every console page); what only this path shows is the CSP after the
// create action's redirect, a client-side navigation.
test("the editor reached by the create action's redirect: no CSP report, screenshots on a desktop and a phone", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  const violations = await watchPolicyViolations(page);
  await createFromTemplate(page, slug());
  for (const [width, height, name] of [
    [1280, 900, "desktop"],
    [375, 812, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `test-results/screenshots/admin-editor-${name}.png`, fullPage: true });
  }
  // CodeMirror's <style> must carry the document's nonce, not that later request's
  expect(await violations()).toEqual([]);
});

test("a malformed list filter is a 404, not an error", async ({ page, context, baseURL }) => {
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  const response = await page.goto("/admin/notices?state=NOPE");
  expect(response?.status()).toBe(404);
  expect((await page.goto("/admin/notices/not-a-notice"))?.status()).toBe(404);
});

// The amendment form and the editor save the same revision. The form's answer carries the
// new version; the page's refresh would bring it too, but later (seconds on a busy
// machine), and an autosave in between went with the old one: a conflict with oneself.
test("typing right after the amendment's facts are saved autosaves, before the page's refresh arrives", async ({ page, context, baseURL }) => {
  test.setTimeout(240_000); // a tsx process publishes a long notice and amends it
  const { noticeId } = referenceAmendment("(版の確認)");
  await signInAs(context, await createStaffUser(["EDITOR"]), baseURL!);
  await page.goto(`/admin/notices/${noticeId}`);
  const amendment = page.getByRole("region", { name: "訂正・追記の内容" });
  const status = page.getByRole("status", { name: "保存の状態" });
  await expect(status).toBeVisible({ timeout: 30_000 });
  // the refresh the saved form asks for (a GET of the page's RSC payload) is held back 20 s
  await page.route(
    (url) => url.pathname === `/admin/notices/${noticeId}`,
    async (route) => {
      if (route.request().method() === "GET" && route.request().headers()["rsc"] === "1") await new Promise((resolve) => setTimeout(resolve, 20_000));
      await route.continue().catch(() => undefined); // the page may have closed meanwhile
    },
  );
  await amendment.getByLabel("概要(日本語)").fill("確認手順を追記(直後に本文も直す)");
  await amendment.getByRole("button", { name: "訂正・追記の内容を保存する" }).click();
  await expect(amendment.getByRole("status")).toHaveText("保存しました。");
  await page.getByLabel("タイトル(日本語)").first().fill("直後に直したタイトル");
  await expect(status).toContainText("保存しました", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "自分の内容で上書き保存する" })).toHaveCount(0);
});
