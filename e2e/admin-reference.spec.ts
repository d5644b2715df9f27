import { expect, test, type Locator, type Page } from "@playwright/test";
import { impactEditorMessages as it } from "@/components/admin/impact-table-editor/messages";
import { statusLabels } from "@/lib/notices/commands/messages";
import { editorLabels as t } from "@/lib/notices/editor/messages";
import { workflowMessages as w } from "@/lib/notices/workflow-view/messages";
import { channels } from "@/prisma/seed/catalog";
import { slug as seededSlug, revision1 } from "@/prisma/seed/notice-001";
import { createStaffUser, signInAs } from "./support/staff";

// Issue 9's end-to-end scenario: an editor re-creates the second reference notice
// (prisma/seed/notice-001.ts, fixtures/reference-notices/001_…) from the 臨時
// template through the console, field by field, an approver publishes it (backfill:
// its window is in 2020), and its public page matches the seeded one in content, in
// Japanese and English. The seeded page is the reference; the texts come from the
// seed's own data, so the spec types what the seed wrote, through the editor's labels.

const slug = "2020-04-20-webcollect-extraordinary-maintenance-ui";
const content = revision1;
type Localized = { ja: string; en?: string };
type Sections = NonNullable<typeof content.sections>;
type Block = Sections[number]["blocks"][number];
const blockOf = <T extends Block["type"]>(section: number, index: number, type: T) => {
  const block = content.sections![section]!.blocks[index]!;
  if (block.type !== type) throw new Error(`the seed's section ${section} block ${index} is ${block.type}, not ${type}`);
  return block as Extract<Block, { type: T }>;
};
const channelName = (key: string) => channels.find((c) => c.key === key)!.nameJa;
const saveStatus = (page: Page) => page.getByRole("status", { name: t.saveStatus });
const workflow = (page: Page) => page.getByRole("region", { name: w.actions.heading });

/** The notice's main text as a reader gets it, white space collapsed, the notice's own address left out. */
async function mainText(page: Page, noticeSlug: string): Promise<string> {
  const text = await page.locator("main").innerText();
  return text.replaceAll(noticeSlug, "{slug}").replace(/\s+/g, " ").trim();
}

/**
 * The main content's structure: headings, tables with their cells (and spans), lists,
 * paragraphs, figures and images (by their alternative text: an uploaded image has
 * another address), each with its text, indented by nesting.
 */
async function outline(page: Page, noticeSlug: string): Promise<string[]> {
  const lines = await page.locator("main").evaluate((main) => {
    const out: string[] = [];
    const structural = /^(h[1-6]|section|article|aside|nav|table|caption|thead|tbody|tr|th|td|ul|ol|li|dl|dt|dd|p|figure|figcaption|img|strong|em|u|a|code|time)$/;
    const textual = /^(h[1-6]|caption|th|td|li|dt|dd|p|figcaption|strong|em|u|a|code|time)$/;
    const walk = (el: Element, depth: number) => {
      const tag = el.tagName.toLowerCase();
      const kept = structural.test(tag);
      if (kept) {
        const attrs = [
          tag === "img" ? `alt="${el.getAttribute("alt")}" lang=${el.getAttribute("lang")}` : "",
          tag === "td" || tag === "th" ? `rowspan=${el.getAttribute("rowspan") ?? 1} colspan=${el.getAttribute("colspan") ?? 1}` : "",
          tag === "a" ? `href=${el.getAttribute("href")}` : "",
          tag === "time" ? `datetime=${el.getAttribute("datetime")}` : "",
        ].filter(Boolean);
        const text = textual.test(tag) ? `: ${(el.textContent ?? "").replace(/\s+/g, " ").trim()}` : "";
        out.push(`${"  ".repeat(depth)}${tag}${attrs.length ? ` [${attrs.join(" ")}]` : ""}${text}`);
      }
      for (const child of Array.from(el.children)) walk(child, kept ? depth + 1 : depth);
    };
    walk(main, 0);
    return out;
  });
  return lines.map((line) => line.replaceAll(noticeSlug, "{slug}"));
}

/** Replaces a CodeMirror editor's text, line by line (Enter between lines, as a person types it). */
async function setMarkdown(page: Page, box: Locator, text: string) {
  await box.click();
  await page.keyboard.press("Control+a");
  await page.keyboard.press("Delete");
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press("Enter");
    if (line) await page.keyboard.insertText(line);
  }
  await expect(box).toHaveText(lines.join(""), { useInnerText: false });
}

const label = (page: Page | Locator, name: string) => page.getByLabel(name, { exact: true });

/** Fills a text in both languages (the editor's LocalizedInput: "<label>(日本語)" and "<label>(英語)"). */
async function fillLocalized(scope: Page | Locator, name: string, value: Localized | undefined) {
  await label(scope, `${name}(日本語)`).fill(value?.ja ?? "");
  await label(scope, `${name}(英語)`).fill(value?.en ?? "");
}

async function fillProse(page: Page, block: Locator, prose: Extract<Block, { type: "PROSE" }>) {
  await setMarkdown(page, block.getByRole("textbox", { name: `${t.body}(日本語、Markdown)` }), prose.body.ja);
  await setMarkdown(page, block.getByRole("textbox", { name: `${t.body}(英語、Markdown)` }), prose.body.en ?? "");
  // a block starts unnumbered
  if (prose.numbered) await block.getByRole("checkbox", { name: t.numbered }).check();
  for (const [i, note] of (prose.footnotes ?? []).entries()) {
    await block.getByRole("button", { name: t.addFootnote }).click();
    const item = block.getByRole("group", { name: t.footnote(i + 1) });
    await label(item, t.footnoteKey).fill(note.key);
    await fillLocalized(item, t.footnoteText, note.text);
  }
}

const sectionGroup = (page: Page, n: number) => page.getByRole("group", { name: new RegExp(`^セクション ${n}(: |$)`) });
const blockGroup = (section: Locator, type: Block["type"], nth = 0) => section.getByRole("group", { name: t.blockTypes[type], exact: true }).nth(nth);

async function addBlock(section: Locator, type: Block["type"]) {
  await label(section, t.addBlock).selectOption({ label: t.blockTypes[type] });
  await section.getByRole("button", { name: t.addBlockButton }).click();
}

/** Picks catalog entries in a cell's picker ("<header>（カタログから選択）"), in the seed's order. */
async function pick(cell: Locator, keys: readonly string[]) {
  for (const key of keys) await cell.getByRole("checkbox", { name: new RegExp(`(^|\\s)${key}$`) }).check();
}

/** One of the letter's impact tables, through the impact-table editor: columns, rows, cells, labels, effects, footnotes. */
async function fillImpactTable(block: Locator, table: Extract<Block, { type: "IMPACT_TABLE" }>) {
  const columns = table.columns;
  // the new block starts with service / payment method / availability: make the seed's columns
  const start = await block.getByRole("group", { name: /^列 \d+: / }).count();
  const standard = ["SERVICE", "PAYMENT_METHOD", "AVAILABILITY"];
  if (columns.map((c) => c.role).join() !== standard.join()) {
    for (const column of columns) {
      await label(block, it.role).selectOption(column.role);
      await block.getByRole("button", { name: it.addColumn }).click();
    }
    for (let i = 0; i < start; i++) await block.getByRole("button", { name: it.removeColumn(1) }).click();
  }
  for (const [c, column] of columns.entries()) {
    const group = block.getByRole("group", { name: `${it.column(c + 1)}: ${it.roles[column.role]}` });
    await label(group, it.headerJa).fill(column.header.ja);
    await label(group, it.headerEn).fill(column.header.en ?? "");
    await group.getByRole("checkbox", { name: it.groupRows }).setChecked(Boolean(column.groupRows));
  }
  for (const [i, note] of (table.footnotes ?? []).entries()) {
    await block.getByRole("button", { name: it.addFootnote, exact: true }).click();
    await label(block, it.footnoteJa(i + 1)).fill(note.text.ja);
    await label(block, it.footnoteEn(i + 1)).fill(note.text.en ?? "");
  }
  for (let r = 1; r < table.rows.length; r++) await block.getByRole("button", { name: it.addRow, exact: true }).click();
  for (const [r, row] of table.rows.entries()) {
    const rowGroup = block.getByRole("group", { name: it.row(r + 1), exact: true });
    let catalogCell = 0;
    for (const [c, column] of columns.entries()) {
      const cell = row.cells[c]!;
      if (column.role === "AVAILABILITY") {
        await label(rowGroup, column.header.ja).selectOption(cell.availability!);
      } else if (column.role === "EFFECT") {
        await label(rowGroup, it.effectJa).fill((cell.text?.ja ?? "").replace(/\s*\[\^[^\]]+\]$/, ""));
        await label(rowGroup, it.effectEn).fill((cell.text?.en ?? "").replace(/\s*\[\^[^\]]+\]$/, ""));
        const cited = /\[\^([^\]]+)\]$/.exec(cell.text?.ja ?? "")?.[1];
        if (cited) {
          const index = table.footnotes!.findIndex((f) => f.key === cited);
          await label(rowGroup, it.footnote).selectOption({ index: index + 1 });
        }
      } else {
        await pick(rowGroup.getByRole("group", { name: it.chooseEntries(column.header.ja) }), cell.refs ?? []);
        // a new row's labels are empty: only the seed's own labels are typed
        if (cell.label) {
          await rowGroup.getByLabel(it.labelJa, { exact: true }).nth(catalogCell).fill(cell.label.ja);
          await rowGroup.getByLabel(it.labelEn, { exact: true }).nth(catalogCell).fill(cell.label.en ?? "");
        }
        catalogCell++;
      }
    }
  }
}

async function fillApiChange(block: Locator, api: Extract<Block, { type: "API_CHANGE" }>) {
  for (const [i, change] of api.changes.entries()) {
    if (i > 0) await block.getByRole("button", { name: t.addApiChange }).click();
    const item = block.getByRole("group", { name: t.apiChange(i + 1) });
    // the comma lists are taken when the field is left
    await label(item, t.endpoints).fill(change.endpoints.join(", "));
    await label(item, t.endpoints).blur();
    await fillLocalized(item, t.endpointsLabel, change.endpointsLabel);
    await label(item, t.fieldName).fill(change.fieldName);
    await fillLocalized(item, t.fieldLabel, change.fieldLabel);
    await label(item, t.changeKind).selectOption(change.change);
    await label(item, t.values).fill((change.values ?? []).join(", "));
    await label(item, t.values).blur();
    await fillLocalized(item, t.reason, change.reason);
    await fillLocalized(item, t.impact, change.impact);
  }
}

/** The image of 資料2: the seeded SVG, as a PNG (uploads are raster images), uploaded and added as an image block. */
async function uploadScreenshot(page: Page): Promise<Buffer> {
  const viewer = await page.context().newPage();
  await viewer.setViewportSize({ width: 800, height: 600 });
  await viewer.goto("/attachments/merchant-console-settle-method.svg");
  const png = await viewer.locator("svg").screenshot();
  await viewer.close();
  return png;
}

/** The letter, typed into the editor the 臨時 template opened. */
async function fillNotice(page: Page) {
  await fillLocalized(page, t.title, content.title);
  await fillLocalized(page, t.addressee, content.addressee);
  await page.getByRole("checkbox", { name: t.signed }).setChecked(Boolean(content.signed));
  await setMarkdown(page, page.getByRole("textbox", { name: `${t.lead}(日本語)` }), content.lead.ja);
  await setMarkdown(page, page.getByRole("textbox", { name: `${t.lead}(英語)` }), content.lead.en ?? "");
  await page.getByRole("checkbox", { name: t.hasKi }).setChecked(Boolean(content.hasKi));
  await page.getByRole("checkbox", { name: t.hasIjo }).setChecked(Boolean(content.hasIjo));
  await label(page, t.contact).selectOption(content.contactKey!);

  // the window: its key and times came with the template; the channels it stops
  const window = content.windows![0]!;
  const windowGroup = page.getByRole("group", { name: t.window(1), exact: true });
  await label(windowGroup, t.windowKey).fill(window.key);
  await expect(label(windowGroup, t.startsAt)).toHaveValue("2020-04-20T02:00");
  await expect(label(windowGroup, t.endsAt)).toHaveValue("2020-04-20T06:00");
  const windowChannels = windowGroup.getByRole("group", { name: t.windowChannels });
  for (const key of window.channelKeys ?? []) await windowChannels.getByRole("checkbox", { name: channelName(key), exact: true }).check();

  // merchant action: conditional, with the letter's text and the condition
  const action = content.merchantAction!;
  await label(page, t.merchantActionLevel).selectOption(action.level);
  await fillLocalized(page, t.merchantActionText, action.text);
  if (action.level === "CONDITIONAL") await fillLocalized(page, t.merchantActionCondition, action.condition);

  // the maintenance screen: error code (the letter's typo corrected), modal, channels, wording
  const screen = content.screen!;
  const screenPart = page.getByRole("region", { name: t.screen });
  await screenPart.getByRole("checkbox", { name: t.screenOn }).check();
  await label(screenPart, t.errorCode).fill(screen.errorCode);
  await label(screenPart, t.modalBehavior).selectOption(screen.modalBehavior);
  const screenChannels = screenPart.getByRole("group", { name: t.screenChannels });
  for (const key of screen.channelKeys) await screenChannels.getByRole("checkbox", { name: channelName(key), exact: true }).check();
  await fillLocalized(screenPart, t.screenHeading, screen.heading);
  await fillLocalized(screenPart, t.screenMessage, screen.message);
  await fillLocalized(screenPart, t.screenPeriodLabel, screen.periodLabel);
  await fillLocalized(screenPart, t.screenInlineMessage, screen.inlineMessage);
  await fillLocalized(screenPart, t.screenContactLabel, screen.contactLabel);
  await label(screenPart, t.screenContactLines).fill(screen.contactLines.ja.join("\n"));
  await label(screenPart, t.screenContactLinesEn).fill((screen.contactLines.en ?? []).join("\n"));

  // the sections: the template's four (keys and Japanese headings as the letter's), then the two 資料
  const sections = content.sections!;
  for (let n = 5; n <= sections.length; n++) await page.getByRole("button", { name: t.addSection }).click();
  for (const [i, section] of sections.entries()) {
    const group = sectionGroup(page, i + 1);
    await label(group, t.sectionKey).fill(section.key);
    // a section starts as 本文 (BODY)
    if (section.kind === "ATTACHMENT") await label(group, t.sectionKind).selectOption(section.kind);
    await fillLocalized(group, t.heading, section.heading);
  }

  // 1. 対象サービス及び日時: windows, the availability table, prose, the channel table, prose
  const target = sectionGroup(page, 1);
  const windowsBlock = blockOf(0, 0, "WINDOWS");
  await fillLocalized(blockGroup(target, "WINDOWS"), t.windowsLabel, windowsBlock.label);
  await blockGroup(target, "WINDOWS").getByRole("checkbox", { name: t.emphasis }).setChecked(Boolean(windowsBlock.emphasis));
  // the template's placeholder prose goes; the blocks come in the letter's order
  await blockGroup(target, "PROSE").getByRole("button", { name: t.remove, exact: true }).first().click();
  await addBlock(target, "IMPACT_TABLE");
  await fillImpactTable(blockGroup(target, "IMPACT_TABLE", 0), blockOf(0, 1, "IMPACT_TABLE"));
  await addBlock(target, "PROSE");
  await fillProse(page, blockGroup(target, "PROSE", 0), blockOf(0, 2, "PROSE"));
  await addBlock(target, "IMPACT_TABLE");
  await fillImpactTable(blockGroup(target, "IMPACT_TABLE", 1), blockOf(0, 3, "IMPACT_TABLE"));
  await addBlock(target, "PROSE");
  await fillProse(page, blockGroup(target, "PROSE", 1), blockOf(0, 4, "PROSE"));

  // 2. メンテナンス実施内容: the template's prose, the API change
  const changes = sectionGroup(page, 2);
  await fillProse(page, blockGroup(changes, "PROSE"), blockOf(1, 0, "PROSE"));
  await addBlock(changes, "API_CHANGE");
  await fillApiChange(blockGroup(changes, "API_CHANGE"), blockOf(1, 1, "API_CHANGE"));
  // 3. and 4.: the merchant-action and contact blocks the template placed

  // 資料1: numbered prose, the two screens, the error code
  const first = sectionGroup(page, 5);
  await fillProse(page, blockGroup(first, "PROSE"), blockOf(4, 0, "PROSE"));
  for (const [i, index] of [1, 2].entries()) {
    const screenBlock = blockOf(4, index, "SCREEN_PREVIEW");
    await addBlock(first, "SCREEN_PREVIEW");
    const group = blockGroup(first, "SCREEN_PREVIEW", i);
    await label(group, t.variant).selectOption(screenBlock.variant);
    await fillLocalized(group, t.caption, screenBlock.caption);
  }
  const errorBlock = blockOf(4, 3, "ERROR_CODE");
  await addBlock(first, "ERROR_CODE");
  await fillLocalized(blockGroup(first, "ERROR_CODE"), t.caption, errorBlock.caption);
  await fillLocalized(blockGroup(first, "ERROR_CODE"), t.errorCodeText, errorBlock.text);
  await blockGroup(first, "ERROR_CODE").getByRole("checkbox", { name: t.numbered }).setChecked(Boolean(errorBlock.numbered));

  // 資料2: numbered prose, the STEP line, the uploaded screenshot with its alternative text
  const second = sectionGroup(page, 6);
  await fillProse(page, blockGroup(second, "PROSE", 0), blockOf(5, 0, "PROSE"));
  await addBlock(second, "PROSE");
  await fillProse(page, blockGroup(second, "PROSE", 1), blockOf(5, 1, "PROSE"));
  const png = await uploadScreenshot(page);
  const attachments = page.getByRole("region", { name: t.attachments });
  await label(attachments, t.attachmentFile).setInputFiles({ name: "merchant-console-settle-method.png", mimeType: "image/png", buffer: png });
  await attachments.getByRole("button", { name: t.upload }).click();
  await attachments.getByRole("button", { name: t.insertImage }).click();
  const image = blockOf(5, 2, "IMAGE");
  await fillLocalized(blockGroup(second, "IMAGE"), t.imageAlt, image.alt);
  await fillLocalized(blockGroup(second, "IMAGE"), t.caption, image.caption);
}

/** The editor's first step: a draft from the 臨時 template with the letter's title and window. */
async function createFromTemplate(page: Page, noticeSlug: string) {
  await page.goto("/admin/notices/new");
  await page.getByLabel(t.sources.template).check();
  await page.getByLabel(t.kind).selectOption({ label: "臨時" });
  await page.getByLabel(t.slug).fill(noticeSlug);
  await page.getByLabel(`${t.title}(日本語)`).fill(revision1.title.ja);
  // 2020-04-20 02:00–06:00 JST, as the letter says
  await page.getByLabel(t.startsAt).fill("2020-04-20T02:00");
  await page.getByLabel(t.endsAt).fill("2020-04-20T06:00");
  await page.getByRole("button", { name: t.create }).click();
  // the editor of the new draft (not /admin/notices/new again)
  await expect(page).toHaveURL(/\/admin\/notices\/(?!new$)[^/]+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(revision1.title.ja);
}

test("an editor starts the reference notice from the 臨時 template (title, window, the template's letter)", async ({ page, context, baseURL }) => {
  test.slow();
  await signInAs(context, await createStaffUser(["EDITOR"], "編集 一郎"), baseURL!);
  await createFromTemplate(page, `${slug}-template`);
  // the template's letter: greeting, 記 … 以上 sections, the time section with its windows
  // the lead is a CodeMirror editor (a contenteditable textbox), one per language
  await expect(page.getByRole("textbox", { name: `${t.lead}(日本語)` })).toContainText("平素は格別のご高配を賜り");
  await page.screenshot({ path: "test-results/screenshots/reference-editor.png", fullPage: false });
});

test("the re-created reference notice, published by an approver (backfill), reads as the seeded one", async ({ browser, baseURL }) => {
  // about 250 inputs through the editor: on the shared 2-core machine under load (load average 15) each takes 1–3 s
  test.setTimeout(900_000);
  const editorContext = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
  await signInAs(editorContext, await createStaffUser(["EDITOR"], "編集 二郎"), baseURL!);
  const page = await editorContext.newPage();
  await createFromTemplate(page, slug);
  await fillNotice(page);
  await page.getByRole("button", { name: t.save, exact: true }).click();
  await expect(saveStatus(page)).toContainText("保存しました", { timeout: 30_000 });
  // no field error anywhere in the form
  await expect(page.locator("[aria-invalid=true]")).toHaveCount(0);
  await page.getByRole("heading", { name: it.editor }).first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/screenshots/reference-ui-editor-1280.png" });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: "test-results/screenshots/reference-ui-editor-375.png" });
  await page.setViewportSize({ width: 1280, height: 900 });

  // submitted right after the autosaves, without a reload: the workflow form carries
  // the version the editor's last save made (components/admin/workflow/working-version.tsx)

  // submit; an approver (who wrote nothing) approves and publishes with the backfill confirmation
  const noticeUrl = page.url();
  await workflow(page).getByRole("button", { name: w.actions.submit }).click();
  await expect(workflow(page).getByRole("button", { name: w.actions.approve })).toHaveCount(0);
  await expect(page.getByRole("main")).toContainText(statusLabels.SUBMITTED, { timeout: 30_000 });
  const approverContext = await browser.newContext({ baseURL });
  await signInAs(approverContext, await createStaffUser(["APPROVER"], "承認 三郎"), baseURL!);
  const approver = await approverContext.newPage();
  await approver.goto(noticeUrl);
  await workflow(approver).getByRole("button", { name: w.actions.approve }).click();
  await expect(approver.getByRole("main")).toContainText(statusLabels.APPROVED, { timeout: 30_000 });
  await workflow(approver).getByRole("checkbox", { name: w.actions.backfill }).check();
  // the letter states no date: like the seeded one, published with its date unknown
  await workflow(approver).getByRole("checkbox", { name: w.actions.originalDateUnknown }).check();
  await workflow(approver).getByRole("button", { name: w.actions.publishNow }).click();
  await expect(workflow(approver).getByRole("button", { name: w.actions.publishNow })).toHaveCount(0);

  const reader = await browser.newPage({ baseURL, viewport: { width: 1280, height: 900 } });
  for (const locale of ["ja", "en"] as const) {
    expect((await reader.goto(`/${locale}/notices/${seededSlug}`))?.status()).toBe(200);
    const referenceText = await mainText(reader, seededSlug);
    const referenceOutline = await outline(reader, seededSlug);
    await expect(async () => {
      expect((await reader.goto(`/${locale}/notices/${slug}`))?.status()).toBe(200);
      expect(await outline(reader, slug)).toEqual(referenceOutline);
      expect(await mainText(reader, slug)).toBe(referenceText);
    }).toPass({ timeout: 30_000 });
    // the 資料 of the letter: two screens and the uploaded image, shown
    await expect(reader.getByRole("img", { name: image(locale) })).toBeVisible();
    await reader.screenshot({ path: `test-results/screenshots/reference-ui-public-${locale}-1280.png`, fullPage: true });
    await reader.setViewportSize({ width: 375, height: 812 });
    await reader.screenshot({ path: `test-results/screenshots/reference-ui-public-${locale}-375.png`, fullPage: true });
    await reader.setViewportSize({ width: 1280, height: 900 });
  }
});

const image = (locale: "ja" | "en") => blockOf(5, 2, "IMAGE").alt[locale]!;
