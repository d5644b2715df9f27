import { describe, expect, it } from "vitest";
import { periodsInEveryStyle } from "@/lib/format/period-style";
import { previewScreen, SAMPLE_WINDOW } from "./screen-preview";

const periods = periodsInEveryStyle(SAMPLE_WINDOW.start, SAMPLE_WINDOW.end);
const values = {
  headingJa: "メンテナンスのお知らせ",
  headingEn: "Maintenance",
  messageJa: "ただいまメンテナンス中です。",
  messageEn: "",
  periodLabelJa: "メンテナンス日時",
  periodLabelEn: "When",
  periodStyle: "SCREEN",
  inlineMessageJa: "メンテナンス中です。",
  inlineMessageEn: "Under maintenance.",
  contactLabelJa: "お問い合わせ",
  contactLabelEn: "Contact",
  contactLinesJa: "カスタマーサービス\n\n 0120-00-0000 ",
  contactLinesEn: "",
};

describe("previewScreen", () => {
  it("prints the period in the chosen style and language", () => {
    expect(previewScreen(values, "ja", periods).period).toBe("7月29日(月) 2時00分～7時00分");
    expect(previewScreen({ ...values, periodStyle: "NOTICE" }, "en", periods).period).toBe("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  });

  it("falls back to Japanese where English is empty, marked as Japanese", () => {
    const en = previewScreen(values, "en", periods);
    expect([en.heading, en.message]).toEqual([
      { text: "Maintenance", lang: "en" },
      { text: "ただいまメンテナンス中です。", lang: "ja" },
    ]);
    expect([en.contactLines, en.contactLinesLang]).toEqual([["カスタマーサービス", "0120-00-0000"], "ja"]);
  });
});
