// Every public page is valid HTML: the Nu Html Checker (npm vnu-jar, run with the
// system's Java: Debian's default-jre-headless) finds no error in any of them.
// One checker run for all pages: Java starts once.
import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { publicPages } from "./support/public-pages";

const vnuJar = String(createRequire(__filename)("vnu-jar"));

interface VnuMessage {
  type: "error" | "info" | "non-document-error";
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

test("every public page passes the Nu Html Checker with no errors", async ({ page, request }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vnu-"));
  const files = new Map<string, string>();
  for (const [i, { path: address, status }] of publicPages.entries()) {
    let html: string;
    if (status === 404) {
      // Next 16.3+ answers a 404 with an empty shell (<html id="__next_error__">) that
      // the browser renders (vercel/next.js#62228): check the page as the browser shows it
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(404);
      await expect(page.locator("main h1")).toBeVisible();
      html = await page.content();
      if (!/^<!doctype html>/i.test(html)) html = `<!DOCTYPE html>\n${html}`;
    } else {
      const response = await request.get(address);
      expect(response.status(), address).toBe(200);
      html = await response.text();
    }
    const file = path.join(dir, `page-${i}.html`);
    fs.writeFileSync(file, html);
    files.set(`file:${file}`, address);
  }
  const { stdout } = await promisify(execFile)("java", ["-jar", vnuJar, "--format", "json", "--stdout", "--exit-zero-always", ...[...files.keys()].map((f) => f.slice("file:".length))], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const messages: VnuMessage[] = JSON.parse(stdout).messages;
  const errors = messages.filter((m) => m.type !== "info");
  expect(errors.map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? "?"}: ${m.message} [${m.extract ?? ""}]`)).toEqual([]);
  // the checker did read every page
  expect(messages.filter((m) => m.type === "non-document-error")).toEqual([]);
  fs.rmSync(dir, { recursive: true, force: true });
});
