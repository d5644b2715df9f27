import { describe, expect, it } from "vitest";
import { contact2019, contact2020Change } from "@/prisma/seed/catalog";
import { contactLines, lineText } from "./contact-lines";

const { key: _key, ...record2019 } = contact2019;
const as2019 = { ...record2019 };
const as2020 = { ...record2019, ...contact2020Change };
const lines = (...args: Parameters<typeof contactLines>) => contactLines(...args).map(lineText);

describe("contactLines", () => {
  it("writes notice 000's block with its half-width marks, exactly as the letter", () => {
    expect(lines(as2019, "ja")).toEqual([
      "ヤマトフィナンシャル株式会社 カスタマーサービスセンター",
      "フリーダイヤル:0120-69-5090 電話:03-6671-8080(営業時間:9:00-18:00)",
      "E-mail: payment@kuronekoyamato.co.jp",
    ]);
  });

  it("writes notice 001's block with its full-width marks, times included, exactly as the letter", () => {
    expect(lines(as2020, "ja")).toEqual([
      "ヤマトフィナンシャル株式会社 カスタマーサービスセンター",
      "フリーダイヤル：0120-69-5090 電話：03-6671-8080（受付時間：9：00-18：00）",
      "E-mail：payment@kuronekoyamato.co.jp",
    ]);
  });

  it("shows a snapshot frozen before the style was recorded as it was shown then (half-width)", () => {
    const { punctuation: _p, ...old } = as2019;
    expect(lines(old, "ja")).toEqual(lines(as2019, "ja"));
  });

  it("writes English marks whatever the Japanese style", () => {
    expect(lines(as2020, "en")).toEqual([
      "Yamato Financial Co., Ltd. Customer Service Centre",
      "Toll-free: 0120-69-5090 Phone: 03-6671-8080 (Reception hours: 9:00-18:00)",
      "E-mail: payment@kuronekoyamato.co.jp",
    ]);
  });

  it("links the numbers and the address", () => {
    const [, phones, email] = contactLines(as2020, "ja");
    expect(phones!.filter((p) => p.href).map((p) => p.href)).toEqual(["tel:0120695090", "tel:0366718080"]);
    expect(email!.at(-1)).toEqual({ text: "payment@kuronekoyamato.co.jp", href: "mailto:payment@kuronekoyamato.co.jp" });
  });
});
