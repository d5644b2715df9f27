import { loadDefaultJapaneseParser } from "budoux";
import { describe, expect, it } from "vitest";
import { displayWidth, LONG_PHRASE, linePieces } from "./phrases";

const budoux = loadDefaultJapaneseParser();

describe("linePieces", () => {
  it("keeps words whole: お知らせ is never split", () => {
    const pieces = linePieces("「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ");
    expect(pieces.join("")).toBe("「クロネコwebコレクト」臨時システムメンテナンス実施(4/20)のお知らせ");
    expect(pieces.at(-1)).toBe("お知らせ");
    expect(pieces[0]).toBe("「クロネコwebコレクト」");
  });

  it("breaks a phrase too wide for a phone's line between its words, never beside punctuation", () => {
    // one BudouX phrase, 17 full-width characters wide
    expect(budoux.parse("臨時システムメンテナンス実施(4/20)の")).toEqual(["臨時システムメンテナンス実施(4/20)の"]);
    expect(linePieces("臨時システムメンテナンス実施(4/20)の")).toEqual(["臨時", "システム", "メンテナンス", "実施(4/20)の"]);
  });

  it("leaves a phrase that fits whole, and never ends a line on a word of one character", () => {
    expect(displayWidth("本与信および日中警報(初回)の")).toBeLessThanOrEqual(LONG_PHRASE);
    expect(linePieces("メンテナンスによる本与信および日中警報(初回)の遅延について")).toEqual(["メンテナンスに", "よる", "本与信および日中警報(初回)の", "遅延に", "ついて"]);
    // one phrase of 16: its words of two characters or more are where it may break
    expect(budoux.parse("本与信および日中警報初回分発生の遅延について")[0]).toBe("本与信および日中警報初回分発生の");
    expect(linePieces("本与信および日中警報初回分発生の遅延について")).toEqual(["本与信", "および日中警報", "初回分発生の", "遅延に", "ついて"]);
  });

  it("returns text without Japanese whole (its spaces are its break points)", () => {
    expect(linePieces("Kuroneko Web Collect scheduled system maintenance (29 July)")).toEqual(["Kuroneko Web Collect scheduled system maintenance (29 July)"]);
  });

  it("counts ASCII and half-width kana as half a character", () => {
    expect(displayWidth("(4/20)の")).toBe(4);
    expect(displayWidth("ｶﾀｶﾅ")).toBe(2);
  });
});
