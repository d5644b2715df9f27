import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyExceptions, coverage, exactLines, missingExactLines, normalize, units } from "./fidelity";
import { exceptions } from "./exceptions";

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "../../fixtures/reference-notices", name), "utf8");

describe("normalize", () => {
  it("folds width, tildes and white space", () => {
    expect(normalize("2020年4月20日（月） 午前2:00～6:00（4時間）")).toBe(normalize("2020 年 4 月 20 日(月) 午前 2:00~6:00 (4 時間)"));
    expect(normalize("フリーダイヤル：0120")).toBe("フリーダイヤル:0120");
  });
});

describe("units", () => {
  it("splits cells and sentences and drops Markdown marks", () => {
    expect(units("# 見出し\n- ※1 注記です。次の文。\nA\t<u>ご利用いただけません。</u>")).toEqual(["見出し", "※1 注記です。", "次の文。", "A", "ご利用いただけません。"]);
  });
});

describe("exceptions", () => {
  it("each exception matches something in its reference text (none is stale)", () => {
    for (const [file, list] of Object.entries(exceptions)) {
      const lines = fixture(file).split("\n");
      for (const e of list) expect(lines.some((l) => l.search(e.pattern) >= 0), `${file}: ${e.pattern}`).toBe(true);
    }
  });
  it("keeps most of each reference text under comparison", () => {
    for (const [file, list] of Object.entries(exceptions)) {
      const { compare, excepted } = applyExceptions(fixture(file), list);
      expect(compare.length).toBeGreaterThan(excepted.length * 2);
    }
  });
  it("sets aside whole screenshot lines and replaces the typo before comparing", () => {
    const { compare, excepted } = applyExceptions(fixture("001_5d1d7b2e9e4c009d.txt"), exceptions["001_5d1d7b2e9e4c009d.txt"]!);
    expect(excepted.some((u) => u.text.startsWith("The screenshot shows a payment modal"))).toBe(true);
    expect(compare.some((u) => u.text.includes("Z01000000「") || /Z01000000(?!0)/.test(u.text))).toBe(false);
    expect(compare.filter((u) => u.text.includes("Z010000000"))).toHaveLength(2);
    // the table header 決済方式 / 影響 is compared, only the console's 決済方式 row is not
    expect(compare.some((u) => u.text === "決済方式")).toBe(true);
  });
  it("reports what is missing", () => {
    const result = coverage("記 以上", [{ text: "記" }, { text: "ない" }]);
    expect(result).toMatchObject({ total: 2, found: 1, ratio: 0.5 });
    expect(result.missing.map((m) => m.text)).toEqual(["ない"]);
  });
});

describe("exact lines", () => {
  it("picks each reference's contact lines, whose marks differ between the notices", () => {
    expect(exactLines(fixture("000_1422b730ae92d9b5.txt"))).toEqual([
      "フリーダイヤル:0120-69-5090 電話:03-6671-8080(営業時間:9:00-18:00)",
      "E-mail: payment@kuronekoyamato.co.jp",
    ]);
    expect(exactLines(fixture("001_5d1d7b2e9e4c009d.txt"))).toEqual([
      "フリーダイヤル：0120-69-5090 電話：03-6671-8080（受付時間：9：00-18：00）",
      "E-mail：payment@kuronekoyamato.co.jp",
    ]);
  });
  it("reports a line whose marks the page changed, which the normalised comparison lets pass", () => {
    const lines = exactLines(fixture("001_5d1d7b2e9e4c009d.txt"));
    const halfWidth = "ヤマトフィナンシャル株式会社\nフリーダイヤル:0120-69-5090 電話:03-6671-8080(受付時間:9:00-18:00)\n E-mail：payment@kuronekoyamato.co.jp ";
    expect(missingExactLines(halfWidth, lines)).toEqual([lines[0]]);
    expect(coverage(halfWidth, [{ text: lines[0]! }]).missing).toEqual([]);
  });
});
