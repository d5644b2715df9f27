// The public site on a 375 px phone (and the same checks on a desktop): tables reflow
// instead of running off the screen, headings break between phrases rather than
// inside words, and the index's filters fold away behind one control.
import { expect, test, type Page } from "@playwright/test";
import { loadDefaultJapaneseParser } from "budoux";
import { displayWidth, LONG_PHRASE } from "../lib/text/phrases";

const scheduled = "2019-07-29-webcollect-scheduled-maintenance";
const extraordinary = "2020-04-20-webcollect-extraordinary-maintenance";
const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };

const tablePages = [`/notices/${scheduled}`, `/en/notices/${scheduled}`, `/notices/${extraordinary}`, `/en/notices/${extraordinary}`, `/notices/${scheduled}/revisions/1`];

test.describe("tables on a phone", () => {
  test.use({ viewport: phone });
  for (const path of tablePages) {
    test(`no table cell is cut off on ${path}`, async ({ page }) => {
      await page.goto(path);
      expect(await page.locator("table").count()).toBeGreaterThan(0);
      const problems = await page.evaluate(() => {
        const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ")[0]}` : ""} "${(el.textContent ?? "").trim().slice(0, 20)}"`;
        const found: string[] = [];
        for (const table of document.querySelectorAll("table")) {
          // .table-wrap is the one designated scroll container; at this width the
          // reference tables must not need it: they reflow to fit
          const wrap = table.closest(".table-wrap");
          if (!wrap) found.push(`${name(table)} has no scroll container`);
          else if (wrap.scrollWidth > wrap.clientWidth + 1) found.push(`${name(table)} is ${wrap.scrollWidth} px wide in a ${wrap.clientWidth} px box`);
          for (const el of [table, ...table.querySelectorAll("*")])
            if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) found.push(`${name(el)} overflows: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        if (document.documentElement.scrollWidth > window.innerWidth) found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px`);
        return found;
      });
      expect(problems).toEqual([]);
      // the availability column reads in full: its words are inside the screen
      for (const cell of await page.locator(".impact-table .unavailable, .impact-table .available").all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      }
    });
  }
});

// ── Headings: where the browser broke their lines ──

const budoux = loadDefaultJapaneseParser();
const words = new Intl.Segmenter("ja", { granularity: "word" });
const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

interface Run {
  text: string;
  /** where the run starts in the heading's visible text (code points) */
  at: number;
}

/**
 * The heading's visible text, its runs (text that flows as one: split at white space
 * and at inline-block or block boxes such as badges) and where each rendered line
 * starts, from the characters' boxes.
 */
async function headingLines(page: Page) {
  return page.evaluate(() => {
    const headings = [...document.querySelectorAll("main h1, main h2, main h3, main h4")].filter((h) => (h as HTMLElement).offsetParent !== null);
    return headings.map((heading) => {
      const chars: { char: string; top: number; left: number; bottom: number }[] = [];
      const runs: { text: string; at: number }[] = [];
      let run: { text: string; at: number } | null = null;
      const endRun = () => {
        if (run && run.text) runs.push(run);
        run = null;
      };
      const walk = (node: Node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          const text = node.textContent ?? "";
          let offset = 0;
          for (const char of text) {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + char.length);
            offset += char.length;
            const rect = range.getBoundingClientRect();
            if (/\s/.test(char)) {
              endRun();
              if (rect.width === 0) continue;
            } else {
              run ??= { text: "", at: chars.length };
              run.text += char;
            }
            chars.push({ char, top: rect.top, left: rect.left, bottom: rect.bottom });
          }
          return;
        }
        if (!(node instanceof HTMLElement)) return;
        if (node.classList.contains("visually-hidden") || node.getAttribute("aria-hidden") === "true") return;
        const display = getComputedStyle(node).display;
        const atomic = display !== "inline" && display !== "contents";
        if (atomic) endRun();
        for (const child of node.childNodes) walk(child);
        if (atomic) endRun();
      };
      walk(heading);
      endRun();
      const lineStarts: number[] = [];
      for (let i = 1; i < chars.length; i++) if (chars[i]!.top >= chars[i - 1]!.bottom - 2) lineStarts.push(i);
      return { heading: heading.tagName, text: chars.map((c) => c.char).join(""), runs, lineStarts };
    });
  });
}

/** Positions (in code points) where a line may start: between runs, between BudouX phrases, and inside a phrase too long for a phone's line between its words. */
function allowedBreaks(runs: Run[]): Set<number> {
  const allowed = new Set<number>();
  for (const run of runs) {
    allowed.add(run.at);
    allowed.add(run.at + [...run.text].length);
    if (!japanese.test(run.text)) continue;
    let at = run.at;
    for (const phrase of budoux.parse(run.text)) {
      allowed.add(at);
      if (displayWidth(phrase) > LONG_PHRASE) {
        let inner = at;
        for (const { segment } of words.segment(phrase)) {
          allowed.add(inner);
          inner += [...segment].length;
        }
      }
      at += [...phrase].length;
    }
  }
  return allowed;
}

const headingPages = ["/", "/en", "/?q=本与信", `/notices/${scheduled}`, `/notices/${extraordinary}`, `/en/notices/${extraordinary}`, `/notices/${scheduled}/history`, "/no-such-page"];

for (const [device, viewport] of [
  ["a phone", phone],
  ["a desktop", desktop],
] as const) {
  test.describe(`headings on ${device}`, () => {
    test.use({ viewport });
    for (const path of headingPages) {
      test(`lines of the headings on ${path} break between phrases, never inside a word`, async ({ page }) => {
        await page.goto(path);
        // a 404 is rendered in the browser (Next 16.3+ sends a shell): wait for its heading
        await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
        const headings = await headingLines(page);
        expect(headings.length).toBeGreaterThan(0);
        const splits = headings.flatMap(({ heading, text, runs, lineStarts }) => {
          const allowed = allowedBreaks(runs);
          const chars = [...text];
          return lineStarts.filter((i) => !allowed.has(i)).map((i) => `${heading} "${chars.slice(0, i).join("")}/${chars.slice(i).join("")}"`);
        });
        expect(splits).toEqual([]);
        if (device === "a phone" && path === `/notices/${extraordinary}`) {
          // the title does wrap here: the test has line breaks to check
          const title = headings.find((h) => h.heading === "H1")!;
          expect(title.lineStarts.length).toBeGreaterThan(0);
        }
      });
    }
  });
}

test.describe("the index's filters", () => {
  test("fold away behind one control on a phone and open with it", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/");
    const form = page.getByRole("search", { name: "お知らせの絞り込み" });
    const toggle = page.getByText("絞り込み・キーワード検索");
    await expect(toggle).toBeVisible();
    await expect(form).toBeHidden();
    // the notices come first: the first one is on the first screen
    const first = page.locator(".notice-item").first();
    expect((await first.boundingBox())!.y).toBeLessThan(phone.height);
    await page.screenshot({ path: "test-results/screenshots/phone-index.png", fullPage: true });
    await toggle.click();
    await expect(form).toBeVisible();
    await expect(form.getByLabel("キーワード")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/phone-index-filters-open.png", fullPage: true });
  });

  test("say how many conditions apply while folded", async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto("/?kind=EXTRAORDINARY&year=2020");
    await expect(page.getByText("(2件の条件で絞り込み中)")).toBeVisible();
  });

  test("are open on a desktop, without the toggle", async ({ page }) => {
    await page.setViewportSize(desktop);
    await page.goto("/");
    await expect(page.getByRole("search", { name: "お知らせの絞り込み" })).toBeVisible();
    await expect(page.getByLabel("キーワード")).toBeVisible();
    await expect(page.getByText("絞り込み・キーワード検索")).toBeHidden();
    await page.screenshot({ path: "test-results/screenshots/desktop-index.png", fullPage: true });
  });
});

// What merchants see: screenshots to look at (test-results/screenshots/).
const screens = [
  ["index-ja", "/"],
  ["notice-000-ja", `/notices/${scheduled}`],
  ["notice-001-ja", `/notices/${extraordinary}`],
  ["notice-001-en", `/en/notices/${extraordinary}`],
  ["history-000-ja", `/notices/${scheduled}/history`],
  ["search-ja", "/?q=本与信"],
] as const;
for (const [name, path] of screens)
  test(`screenshots of ${path} on a phone and a desktop`, async ({ page }) => {
    // two loads and two full-page screenshots
    test.slow();
    for (const [device, viewport] of [
      ["phone", phone],
      ["desktop", desktop],
    ] as const) {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/${device}-${name}.png`, fullPage: true });
    }
  });
