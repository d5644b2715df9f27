import { execFileSync } from "node:child_process";
import path from "node:path";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { createStaffUser, signInAs, type StaffUser } from "./support/staff";
import { xssCorpus, type XssPayload } from "./support/xss-corpus";
import { carriesPayload, contentTexts, xssContentFields, xssLine, xssParagraphs } from "./support/xss-fields";
import { dangerousMarkup, watchForScripts, type ScriptWatch } from "./support/xss-harness";

// The XSS corpus (e2e/support/xss-corpus.ts, 50+ payloads) through every text and
// Markdown field there is, checked in the browser: no dialog, no payload's marker
// set, no CSP violation report, no error from injected code, and no markup left
// behind that would run on a click or hover.

const root = path.join(__dirname, "..");

// The harness must be able to fail: markup written into the document by the test, as
// a renderer that let HTML through would write it.
const injected = `<img src="/nothing.png" onerror="window.__xss=6;alert(6)"><a href="javascript:void 0">x</a>`;

test("the harness sees a payload that runs (public policy) and one the console's policy blocks", async ({ page }) => {
  const watch = await watchForScripts(page);
  await page.goto("/");
  await page.locator("main").evaluate((main, html) => main.insertAdjacentHTML("beforeend", html), injected);
  await expect.poll(() => watch.findings()).toEqual(expect.arrayContaining(["dialog (alert): 6", "window.__xss was set to 6"]));
  expect(await dangerousMarkup(page.locator("main"))).toEqual([expect.stringMatching(/^onerror handler on <img>/), expect.stringMatching(/^href="javascript:void 0" on <a>/)]);

  const console = await watchForScripts(page);
  await page.goto("/admin/sign-in");
  await page.locator("main").evaluate((main, html) => main.insertAdjacentHTML("beforeend", html), injected);
  await expect.poll(() => console.findings()).toEqual(expect.arrayContaining([expect.stringMatching(/^CSP violation: script-src-attr/)]));
});

test("the sign-in form keeps every payload typed into it as text", async ({ page }) => {
  test.slow();
  const watch = await watchForScripts(page);
  await page.goto("/admin/sign-in");
  const email = page.getByLabel("メールアドレス");
  for (const payload of xssCorpus) {
    // one-line fields: a payload's line breaks become spaces
    const text = payload.text.replace(/\n+/g, " ");
    await email.fill(text);
    await page.getByLabel("パスワード").fill(text);
    await page.getByRole("button", { name: "サインイン" }).click();
    // the shared schema refuses it at the field, the value stays as typed
    await expect(email, payload.name).toHaveAccessibleDescription("メールアドレスの形式が正しくありません。");
    // (an email input drops outer spaces from its value)
    await expect(email).toHaveValue(text.trim());
  }
  expect(await watch.findings()).toEqual([]);
  expect(await dangerousMarkup(page.locator("main"))).toEqual([]);
});

test.describe("a published notice with the corpus in every field", () => {
  // one name for every worker process (each test run has a fresh database; xss-publish.ts publishes it once)
  const slug = "xss-corpus";

  test.beforeAll(() => {
    execFileSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "e2e/support/xss-publish.ts", slug], { cwd: root, env: process.env, stdio: "pipe" });
  });

  for (const url of [`/notices/${slug}`, `/en/notices/${slug}`, `/notices/${slug}/history`, "/", "/en"]) {
    test(`is inert on ${url}`, async ({ page }) => {
      test.slow();
      const watch = await watchForScripts(page);
      // the payloads are on the page, as text (cached pages learn of the notice from the freshness loop)
      await expect(async () => {
        expect((await page.goto(url))?.status()).toBe(200);
        await expect(page.locator("main")).toContainText("window.__xss=1", { timeout: 1000 });
      }).toPass({ timeout: 30_000 });
      // let lazy images fail, focus handlers fire, details toggle
      await page.mouse.move(200, 300);
      await page.keyboard.press("Tab");
      await page.waitForLoadState("networkidle");
      expect(await watch.findings()).toEqual([]);
      expect(await dangerousMarkup(page.locator("main"))).toEqual([]);
      if (url === `/notices/${slug}`) await page.screenshot({ path: "test-results/screenshots/xss-notice.png", fullPage: false });
    });
  }
});

// ---------------------------------------------------------------------------
// The corpus typed through the console: every text field of the editor (the list is
// e2e/support/xss-fields.ts, compared with the content schema by test/xss-fields.test.ts),
// the rejection comment and the amendment's summary; then the live preview, the
// draft-mode preview (ja, en), the public pages (ja, en, history, an earlier revision),
// the console's history, dashboard and audit log are all checked inert.

const slowExpect = expect.configure({ timeout: 30_000 });
const workflow = (page: Page) => page.getByRole("region", { name: "ワークフロー" });
const header = (page: Page) => page.locator(".admin-notice-header");

// KNOWN DEFECT (issue 9, open; pinned in admin-editor.spec.ts too): CodeMirror's one
// <style> element reaches the editor without the request's nonce. A payload's <style>
// would be caught by dangerousMarkup (a <style> without the nonce), so only this report is let through.
// Chrome also logs it as a console error; a payload's style attribute would still show as a style-src-attr violation.
const knownStyleDefect = (finding: string) => /^CSP violation: style-src-elem blocked inline/.test(finding) || /^console error: (Refused to apply|Applying) inline style/.test(finding);

async function signedIn(browser: Browser, user: StaffUser, baseURL: string): Promise<{ page: Page; watch: ScriptWatch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signInAs(context, user, baseURL);
  const page = await context.newPage();
  return { page, watch: await watchForScripts(page) };
}

/** Nothing ran on the page so far, and nothing in its main content could run on a click or hover. */
async function expectInert(page: Page, watch: ScriptWatch, what: string) {
  // let lazy images fail, focus handlers fire, details toggle
  await page.mouse.move(200, 300);
  await page.keyboard.press("Tab");
  await page.waitForLoadState("networkidle");
  expect((await watch.findings()).filter((f) => !knownStyleDefect(f)), what).toEqual([]);
  expect(await dangerousMarkup(page.locator("main")), what).toEqual([]);
}

/** "2026-11-30T02:00" in Japan time, `days` from now, as a datetime-local input takes it. */
function jstDay(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000 + 9 * 3_600_000).toISOString().slice(0, 10)}T${time}`;
}

// ids (lib: components/admin/editor/fields.tsx fieldId) of fields with a strict format: the "format" entries of xssContentFields
const formatField = /(^f-slug$|-key$|-src$|-errorCode$|-period-year$|-period-month$)/;

/**
 * Hands out payloads to the administration forms' fields within each field's length
 * limit (their zod schemas: lib/contacts/schema.ts, lib/catalog/schema.ts), a few per
 * field, in turn, so that every payload goes through at least one; `covered` says which did.
 */
function payloadDealer() {
  let cursor = 0;
  const covered = new Set<number>();
  const line = (p: XssPayload) => p.text.replace(/\n+/g, " ");
  return {
    covered,
    /** up to `count` payloads whose total length (a space between) is at most `max` */
    take(max: number, count = 3, separator = " "): string {
      const taken: string[] = [];
      for (let tries = 0; tries < xssCorpus.length && taken.length < count; tries++) {
        const payload = xssCorpus[cursor % xssCorpus.length]!;
        const next = [...taken, line(payload)].join(separator);
        if (next.length > max) {
          if (taken.length) break;
          cursor++; // too long for this field: a later, longer field takes it
          continue;
        }
        taken.push(line(payload));
        covered.add(payload.id);
        cursor++;
      }
      return taken.join(separator);
    },
  };
}

type Dealer = ReturnType<typeof payloadDealer>;

/** Fills `fields` (label → length limit) of a form with payloads; returns what each got. */
async function fillFields(form: Locator, dealer: Dealer, fields: Record<string, number>, count = 3) {
  for (const [label, max] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(dealer.take(max, count));
}

/**
 * The administration forms with the corpus: a new contact, a new catalog entry of each
 * kind, the issuer and brand, the maintenance screen's default texts. Returns the new
 * keys (the editor picks them); `cleanups` gets what puts the brand and screen texts back.
 */
async function administrationWithCorpus(admin: Page, watch: ScriptWatch, cleanups: (() => Promise<void>)[]) {
  const dealer = payloadDealer();
  const id = Date.now().toString(36);
  // the page's notice of the last write comes first; the brand page also has the embed
  // snippet's (empty) "copied" live region further down
  const status = admin.getByRole("status").first();

  // a contact: an over-long name is refused at its field first
  const contactKey = `xss-contact-${id}`;
  await admin.goto("/admin/contacts/new");
  const organization = admin.getByLabel("組織名（日本語）", { exact: true });
  await organization.fill(xssCorpus.map((p) => p.text.replace(/\n+/g, " ")).join(" "));
  await admin.getByLabel("キー", { exact: true }).fill(contactKey);
  await admin.getByLabel("部署名（日本語）", { exact: true }).fill("窓口");
  await admin.getByRole("button", { name: "追加する" }).click();
  await slowExpect(organization).toHaveAccessibleDescription(/100文字以内で入力してください。/);
  await fillFields(admin.locator("main form").first(), dealer, {
    "組織名（日本語）": 100,
    "組織名（英語）": 100,
    "部署名（日本語）": 100,
    "部署名（英語）": 100,
    "時間の見出し（日本語、例: 営業時間・受付時間）": 20,
    "時間の見出し（英語）": 40,
    "時間（例: 9:00-18:00）": 40,
  });
  await admin.getByRole("button", { name: "追加する" }).click();
  await slowExpect(status).toHaveText("追加しました。");
  await expectInert(admin, watch, "contact saved");

  // a catalog entry of each kind
  const catalogKeys: Record<string, string> = {};
  for (const kind of ["services", "payment-methods", "channels", "audiences"]) {
    catalogKeys[kind] = `xss-${kind}-${id}`;
    await admin.goto(`/admin/catalog/${kind}/new`);
    await admin.getByLabel("キー", { exact: true }).fill(catalogKeys[kind]!);
    await fillFields(admin.locator("main form").first(), dealer, { "名称（日本語）": 100, "名称（英語）": 100 });
    await admin.getByRole("button", { name: "追加する" }).click();
    await slowExpect(status).toHaveText("追加しました。");
  }
  await admin.goto("/admin/catalog");
  await expectInert(admin, watch, "catalog");

  // the issuer and brand, the screen's default texts: kept as they were, to be put back
  await admin.goto("/admin/contacts");
  await admin.getByRole("link", { name: /の発行者・ブランドとメンテナンス画面の文言$/ }).click();
  await admin.waitForURL(/\/admin\/contacts\/brand\/[^/]+$/);
  const brandUrl = admin.url();
  const brand = admin.getByRole("form", { name: "発行者・ブランド" });
  const screen = admin.getByRole("form", { name: "メンテナンス画面の既定の文言" });
  const brandFields = { "発行者名（日本語）": 100, "発行者名（英語）": 100, "サービス名（日本語）": 100, "サービス名（英語）": 100, "著作権表示（日本語）": 200, "著作権表示（英語）": 200, "送信者の住所（日本語）": 200, "送信者の住所（英語）": 200 };
  const screenFields = {
    "見出し（日本語）": 200,
    "見出し（英語）": 200,
    "本文（日本語）": 2000,
    "本文（英語）": 2000,
    "期間の見出し（日本語）": 100,
    "期間の見出し（英語）": 100,
    "モーダル内の文言（日本語）": 500,
    "モーダル内の文言（英語）": 500,
    "問い合わせ先の見出し（日本語）": 100,
    "問い合わせ先の見出し（英語）": 100,
  };
  const lineFields = ["問い合わせ先（日本語、1行ずつ）", "問い合わせ先（英語、1行ずつ）"];
  const before = new Map<string, string>();
  for (const label of Object.keys(brandFields)) before.set(`brand:${label}`, await brand.getByLabel(label, { exact: true }).inputValue());
  for (const label of [...Object.keys(screenFields), ...lineFields]) before.set(`screen:${label}`, await screen.getByLabel(label, { exact: true }).inputValue());
  const restore = async () => {
    await admin.goto(brandUrl);
    for (const label of Object.keys(brandFields)) await brand.getByLabel(label, { exact: true }).fill(before.get(`brand:${label}`)!);
    await brand.getByRole("button", { name: "保存する" }).click();
    await slowExpect(status).toHaveText("発行者・ブランドを保存しました。");
    for (const label of [...Object.keys(screenFields), ...lineFields]) await screen.getByLabel(label, { exact: true }).fill(before.get(`screen:${label}`)!);
    await screen.getByRole("button", { name: "保存する" }).click();
    await slowExpect(status).toHaveText("メンテナンス画面の文言を保存しました。");
  };
  cleanups.push(restore);
  await fillFields(brand, dealer, brandFields);
  await brand.getByRole("button", { name: "保存する" }).click();
  await slowExpect(status).toHaveText("発行者・ブランドを保存しました。");
  // the long texts take many payloads; contact lines one a line (at most 10 lines of 200)
  await fillFields(screen, dealer, screenFields, 12);
  for (const label of lineFields) await screen.getByLabel(label, { exact: true }).fill(dealer.take(2000, 10, "\n"));
  await screen.getByRole("button", { name: "保存する" }).click();
  await slowExpect(status).toHaveText("メンテナンス画面の文言を保存しました。");
  await admin.goto("/admin/contacts");
  await expectInert(admin, watch, "contacts and brand");
  await admin.goto(brandUrl);
  await expectInert(admin, watch, "brand and screen forms");
  expect([...xssCorpus.map((p) => p.id)].filter((payload) => !dealer.covered.has(payload)), "payloads that went through no administration field").toEqual([]);
  return { contactKey, catalogKeys };
}

test.describe("typed through the console", () => {
  // one long walk through the console; on a machine loaded by parallel builds it has taken more than 15 min
  test.describe.configure({ timeout: 1_500_000 });
  test.use({ navigationTimeout: 60_000, actionTimeout: 30_000 });

  test("an editor types the corpus into every field, an approver rejects and publishes, an amendment adds more: inert everywhere", async ({ browser, baseURL }) => {
    const { page: admin, watch: adminWatch } = await signedIn(browser, await createStaffUser(["ADMIN"], "XSS 管理"), baseURL!);
    // the brand shows on every public page: later specs read it as seeded, so it is put back whatever happens
    const cleanups: (() => Promise<void>)[] = [];
    try {
      const { contactKey, catalogKeys } = await administrationWithCorpus(admin, adminWatch, cleanups);
      await editorToPublication(browser, baseURL!, contactKey, catalogKeys);
    } finally {
      for (const cleanup of cleanups) await cleanup();
    }
  });
});

async function editorToPublication(browser: Browser, baseURL: string, contactKey: string, catalogKeys: Record<string, string>) {
  const author = await createStaffUser(["EDITOR"], "XSS 編集");
  const reviewer = await createStaffUser(["EDITOR", "APPROVER"], "XSS 承認");
  const { page: editor, watch: editorWatch } = await signedIn(browser, author, baseURL);
  const slug = `xss-ui-${Date.now().toString(36)}`;

  // a 臨時 notice from its template, its window the day after tomorrow (no backfill)
  await editor.goto("/admin/notices/new");
  await editor.getByLabel("ひな形から").check();
  await editor.getByLabel("種類").selectOption({ label: "臨時" });
  await editor.getByLabel("スラッグ(URL)").fill(slug);
  await editor.getByLabel("タイトル(日本語)").fill("XSS コーパス");
  await editor.getByLabel("開始(日本時間)").fill(jstDay(2, "02:00"));
  await editor.getByLabel("終了(日本時間)").fill(jstDay(2, "06:00"));
  await editor.getByRole("button", { name: "下書きを作成" }).click();
  await slowExpect(editor).toHaveURL(/\/admin\/notices\/(?!new$)[a-z0-9]+$/, { timeout: 60_000 });
  const noticeUrl = new URL(editor.url()).pathname;

  // what the editor sends to its save route, last one wins
  let lastSaved: { content?: unknown } | null = null;
  editor.on("request", (request) => {
    if (request.method() === "PUT" && new URL(request.url()).pathname === `${noticeUrl}/draft`) lastSaved = request.postDataJSON() as { content?: unknown };
  });

  // the structure first (legends change once headings hold payloads): every optional text and every block type
  await editor.getByLabel("対応の要否").selectOption("CONDITIONAL");
  await editor.getByLabel("メンテナンス中、決済画面にメンテナンス画面を表示する").check();
  await editor.getByLabel("エラーコード", { exact: true }).fill("Z010000000");
  await editor.getByRole("group", { name: "メンテナンス画面を表示するチャネル" }).getByLabel("リンク方式お支払い手続き画面").check();
  const section = editor.getByRole("group", { name: /^セクション 2/ });
  await section.getByRole("button", { name: "注記を追加" }).click();
  for (const type of ["IMPACT_TABLE", "DELAYS", "API_CHANGE", "FUTURE_PLAN", "SCREEN_PREVIEW", "ERROR_CODE", "IMAGE"]) {
    await section.getByLabel("追加する要素").selectOption(type);
    await section.getByRole("button", { name: "要素を追加" }).click();
  }
  const impact = editor.locator(".admin-impact-editor");
  await impact.getByRole("button", { name: "列を追加" }).click(); // an 影響 column (the default kind)
  // the rows pick the catalog entries named with payloads, the letter the contact
  for (const key of [catalogKeys.services!, catalogKeys["payment-methods"]!]) await impact.locator("fieldset.admin-impact-picker label", { hasText: key }).getByRole("checkbox").check();
  await editor.locator("#f-content-contactKey").selectOption(contactKey);
  await impact.getByRole("button", { name: "注記を追加" }).click();
  await editor.locator("[id$='-src']").fill("/brand/logo.svg");

  // every text field there is now: Markdown (CodeMirror) and multi-line ones take the whole
  // corpus, single-line ones a few payloads each, spread so that every payload goes through one
  const form = editor.locator("form.admin-editor");
  const fields = await form.locator("input[type=text], input:not([type]), textarea, .cm-content").evaluateAll((elements) =>
    elements.map((e) => ({ id: e.id, kind: e.classList.contains("cm-content") ? "markdown" : e.tagName === "TEXTAREA" ? "multi" : "line" })),
  );
  expect(fields.every((f) => f.id), "every editor field has an id").toBe(true);
  let lines = 0;
  for (const { id, kind } of fields) {
    if (formatField.test(id)) continue;
    const field = editor.locator(`[id="${id}"]`);
    if (kind === "markdown") {
      await field.click();
      await editor.keyboard.press("Control+A");
      await editor.keyboard.insertText(xssParagraphs);
    } else {
      // (contact lines: one text per line, none empty)
      await field.fill(kind === "multi" ? xssCorpus.map((p) => p.text.replace(/\n+/g, " ")).join("\n") : xssLine(lines++));
      await field.blur();
    }
  }
  expect(lines * 4, "single-line fields enough for every payload to go through one").toBeGreaterThanOrEqual(xssCorpus.length);
  // the impact row cites its footnote (after its effect text is there)
  await impact.locator("select[id$='-footnote']").first().selectOption({ index: 1 });

  // a format field refuses a payload at the field (nothing sent), and takes its value back
  const sectionKey = editor.locator("#f-content-sections-1-key");
  await sectionKey.fill(xssLine(0));
  await slowExpect(sectionKey).toHaveAttribute("aria-invalid", "true");
  await slowExpect(sectionKey).toHaveAccessibleDescription(/英小文字・数字・ハイフン/);
  await sectionKey.fill("content");
  await slowExpect(editor.getByRole("status", { name: "保存の状態" })).toContainText("保存しました", { timeout: 60_000 });

  // what was saved carries a payload at every path the list says is typed in the editor
  const saved = contentTexts((lastSaved as { content?: unknown } | null)?.content);
  const missing = Object.entries(xssContentFields)
    .filter(([path, how]) => how === "typed" && !saved.some(([p, text]) => p === path && carriesPayload(text)))
    .map(([path]) => path);
  expect(missing, "typed fields without a payload in the saved content").toEqual([]);

  // the live preview beside the Markdown: the payloads as text, nothing ran
  await slowExpect(editor.getByRole("region", { name: /プレビュー\(前文\)/ }).first()).toContainText(xssCorpus[0]!.text);
  await expectInert(editor, editorWatch, "editor");
  await editor.screenshot({ path: "test-results/screenshots/xss-editor.png", fullPage: false });

  // the preview tab, and the draft-mode preview of the public page in ja and en
  await editor.goto(`${noticeUrl}/preview`);
  await expectInert(editor, editorWatch, "preview tab");
  const drafts = await Promise.all(["日本語のページを開く", "英語のページを開く"].map(async (name) => [name, await editor.getByRole("link", { name }).getAttribute("href")] as const));
  for (const [name, href] of drafts) {
    await editor.goto(href!);
    await slowExpect(editor.locator("main")).toContainText("window.__xss=1");
    await expectInert(editor, editorWatch, `draft-mode preview: ${name}`);
  }

  // submitted; the approver sends it back twice, the corpus split over two comments (2000 characters at most)
  await editor.goto(noticeUrl);
  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await slowExpect(header(editor)).toContainText("承認待ち");
  const { page: approver, watch: approverWatch } = await signedIn(browser, reviewer, baseURL);
  const half = Math.ceil(xssCorpus.length / 2);
  const comments = [xssCorpus.slice(0, half), xssCorpus.slice(half)].map((part) => part.map((p) => p.text).join("\n"));
  for (const [i, comment] of comments.entries()) {
    await approver.goto(noticeUrl);
    await workflow(approver).getByText("差し戻す", { exact: true }).first().click();
    const reason = workflow(approver).getByLabel("差し戻しの理由");
    if (i === 0) {
      // the whole corpus is too long: refused at the field, nothing changes
      await reason.fill(xssCorpus.map((p) => p.text).join("\n"));
      await workflow(approver).getByRole("button", { name: "差し戻す" }).click();
      await slowExpect(reason).toHaveAccessibleDescription(/2000文字以内/);
      await slowExpect(header(approver)).toContainText("承認待ち");
    }
    await reason.fill(comment);
    await workflow(approver).getByRole("button", { name: "差し戻す" }).click();
    await slowExpect(header(approver)).toContainText("差し戻し");
    await expectInert(approver, approverWatch, `rejected ${i + 1}`);
    await editor.goto(`${noticeUrl}/history`);
    await slowExpect(editor.getByRole("main")).toContainText(xssCorpus[i === 0 ? 0 : half]!.text);
    await expectInert(editor, editorWatch, `console history after rejection ${i + 1}`);
    await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
    await slowExpect(header(editor)).toContainText("承認待ち");
  }
  await approver.goto(noticeUrl);
  await workflow(approver).getByRole("button", { name: "承認する" }).click();
  await slowExpect(header(approver)).toContainText("承認済み");
  await workflow(approver).getByRole("button", { name: "今すぐ公開する" }).click();
  await slowExpect(header(approver)).toContainText("公開中");

  // an amendment: its summary takes the corpus, its text changes (the diff shows payloads on both sides)
  await editor.goto(noticeUrl);
  await workflow(editor).getByRole("button", { name: "訂正・追記する" }).click();
  const amendment = editor.getByRole("region", { name: "訂正・追記の内容" });
  await amendment.getByRole("radio", { name: "追記" }).check();
  const oneLine = xssCorpus.map((p) => p.text.replace(/\n+/g, " "));
  await amendment.getByLabel("概要(日本語)").fill(oneLine.slice(0, half).join(" "));
  await amendment.getByLabel("概要(英語)").fill(oneLine.slice(half).join(" "));
  await amendment.getByRole("button", { name: "訂正・追記の内容を保存する" }).click();
  await slowExpect(amendment.getByRole("status")).toHaveText("保存しました。");
  await editor.locator("#f-content-title-ja").fill(`追記 ${xssLine(5)}`);
  await slowExpect(editor.getByRole("status", { name: "保存の状態" })).toContainText("保存しました", { timeout: 60_000 });
  await editor.reload();
  await slowExpect(amendment.getByRole("insertion").first()).toBeVisible();
  await slowExpect(amendment).toContainText(oneLine[0]!);
  await expectInert(editor, editorWatch, "amendment with its diff");
  await workflow(editor).getByRole("button", { name: "承認を依頼する" }).click();
  await slowExpect(header(editor)).toContainText("承認待ち");
  await approver.goto(noticeUrl);
  await workflow(approver).getByRole("button", { name: "承認する" }).click();
  await slowExpect(header(approver)).toContainText("承認済み");
  await workflow(approver).getByRole("button", { name: "今すぐ公開する" }).click();
  await slowExpect(header(approver)).toContainText("公開中: 第2版");

  // the console's history, the dashboard and the audit log
  for (const url of [`${noticeUrl}/history`, "/admin", "/admin/audit"]) {
    await approver.goto(url);
    await expectInert(approver, approverWatch, url);
  }
  await approver.goto(`${noticeUrl}/history`);
  await slowExpect(approver.getByRole("main")).toContainText(oneLine[0]!);

  // the public pages, as a reader sees them (cached pages learn of the notice from the freshness loop)
  const reader = await browser.newPage();
  const readerWatch = await watchForScripts(reader);
  const pages: [string, string][] = [
    [`/notices/${slug}`, xssCorpus[20]!.text], // the amended title (xssLine(5) starts with payload 21)
    [`/en/notices/${slug}`, "window.__xss=1"],
    [`/notices/${slug}/history`, oneLine[0]!], // the amendment's summary
    [`/notices/${slug}/revisions/1`, "window.__xss=1"],
  ];
  for (const [url, text] of pages) {
    await slowExpect(async () => {
      expect((await reader.goto(url))?.status()).toBe(200);
      await expect(reader.locator("main")).toContainText(text, { timeout: 1000 });
    }).toPass({ timeout: 60_000 });
    await expectInert(reader, readerWatch, url);
    if (url === `/notices/${slug}`) await reader.screenshot({ path: "test-results/screenshots/xss-ui-notice.png", fullPage: false });
  }
}
