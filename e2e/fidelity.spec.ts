// DESIGN.md, Decision 1: every sentence and table cell of each reference notice
// appears in its rendered page, with exactly the listed exceptions; the contact
// lines appear verbatim, with each notice's own colons and brackets.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { applyExceptions, coverage, exactLines, missingExactLines } from "@/lib/fidelity/fidelity";
import { exceptions } from "@/lib/fidelity/exceptions";

const references = [
  { file: "000_1422b730ae92d9b5.txt", slug: "2019-07-29-webcollect-scheduled-maintenance" },
  { file: "001_5d1d7b2e9e4c009d.txt", slug: "2020-04-20-webcollect-extraordinary-maintenance" },
];

for (const { file, slug } of references) {
  test(`reference notice ${file} is reproduced in full`, async ({ page }) => {
    const reference = fs.readFileSync(path.join(__dirname, "..", "fixtures", "reference-notices", file), "utf8");
    const { compare, excepted } = applyExceptions(reference, exceptions[file]!);
    await page.goto(`/notices/${slug}`);
    const text = await page.locator("article").innerText();
    const result = coverage(text, compare);
    console.log(
      `fidelity ${file}: ${result.found}/${result.total} units (${(result.ratio * 100).toFixed(1)}%), ${excepted.length} lines excepted by Decision 1`,
    );
    expect(result.missing.map((m) => m.text)).toEqual([]);
    expect(result.ratio).toBe(1);
    // the contact lines, marks and all: normalising would fold ：（） into :()
    const exact = exactLines(reference);
    expect(exact).toHaveLength(2);
    expect(missingExactLines(text, exact)).toEqual([]);
  });
}
