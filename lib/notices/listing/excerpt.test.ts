import { describe, expect, it } from "vitest";
import { EXCERPT_LENGTH, searchExcerpt, type Excerpt, type SearchText } from "./excerpt";
import { searchTerms } from "./query";

const ja = (body: string): SearchText => ({ lang: "ja", body });
const en = (body: string): SearchText => ({ lang: "en", body });
const excerpt = (texts: SearchText[], q: string) => searchExcerpt(texts, searchTerms(q));
/** The excerpt as one string, hits in [brackets]. */
const shown = (e: Excerpt | null) => e && e.parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");
const graphemeCount = (e: Excerpt) => [...new Intl.Segmenter("ja", { granularity: "grapheme" }).segment(e.parts.map((p) => p.text).join(""))].length;

// 26 characters of Japanese prose without a single space
const filler = "平素は格別のご高配を賜り厚く御礼申しあげます当社では";

describe("searchExcerpt", () => {
  it("marks the hit as the notice writes it, folded as the search folds (ＡＰＩ for q=api, ｶﾞ for ガ)", () => {
    expect(shown(excerpt([ja("トークン発行時およびＡＰＩリクエスト時に返却します。")], "api"))).toBe("トークン発行時および[ＡＰＩ]リクエスト時に返却します。");
    expect(shown(excerpt([ja("ｶﾞｲﾄﾞをご覧ください")], "ガイド"))).toBe("[ｶﾞｲﾄﾞ]をご覧ください");
    expect(shown(excerpt([en("The SettleMethod field")], "settlemethod"))).toBe("The [SettleMethod] field");
  });

  it("cuts Japanese without spaces around the first hit, with room before it, and says where it cut", () => {
    const body = `${filler}${filler}本与信の時間が遅れます${filler}${filler}${filler}`;
    const e = excerpt([ja(body)], "本与信")!;
    expect(e).toMatchObject({ cutBefore: true, cutAfter: true, lang: "ja" });
    expect(graphemeCount(e)).toBe(EXCERPT_LENGTH);
    // 24 characters of context before the hit
    expect(shown(e)).toMatch(/^.{24}\[本与信\]の時間が遅れます/u);
    expect(body).toContain(e.parts.map((p) => p.text).join(""));
  });

  it("starts at the text's start when the hit is near it, and ends at its end when the hit is near that", () => {
    const long = filler.repeat(5);
    const nearStart = excerpt([ja(`メンテナンス${long}`)], "メンテナンス")!;
    expect(nearStart).toMatchObject({ cutBefore: false, cutAfter: true });
    expect(shown(nearStart)).toMatch(/^\[メンテナンス\]平素は/);

    const nearEnd = excerpt([ja(`${long}メンテナンス`)], "メンテナンス")!;
    expect(nearEnd).toMatchObject({ cutBefore: true, cutAfter: false });
    expect(shown(nearEnd)).toMatch(/\[メンテナンス\]$/);
    // the whole length is used: what the end lacks comes from before the hit
    expect(graphemeCount(nearEnd)).toBe(EXCERPT_LENGTH);
  });

  it("marks every term in the excerpt, and centres on whichever comes first", () => {
    const e = excerpt([ja(`${filler}${filler}日中警報の初回は朝9時頃、本与信は11時頃となります。${filler}${filler}${filler}`)], "本与信　警報")!;
    expect(shown(e)).toContain("日中[警報]の初回は朝9時頃、[本与信]は11時頃");
    expect(e.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["警報", "本与信"]);
    expect(shown(e)).toMatch(/^.{24}\[警報\]/u);
  });

  it("marks every occurrence, and overlapping terms as one stretch", () => {
    expect(shown(excerpt([ja("決済、決済方法、決済")], "決済"))).toBe("[決済]、[決済]方法、[決済]");
    expect(shown(excerpt([ja("決済方法の変更")], "決済 済方"))).toBe("[決済方]法の変更");
  });

  it("never splits a surrogate pair or moves a mark off its character", () => {
    const rare = "𠮷野家𩸽𠀋";
    const body = `${rare.repeat(10)}ＡＰＩ${rare.repeat(20)}`;
    const e = excerpt([ja(body)], "api")!;
    const text = e.parts.map((p) => p.text).join("");
    expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(body).toContain(text);
    expect(e.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(["ＡＰＩ"]);
    // counted in characters, not UTF-16 units
    expect(graphemeCount(e)).toBe(EXCERPT_LENGTH);
    expect(shown(excerpt([ja("𩸽の𠮷野家")], "𠮷野"))).toBe("𩸽の[𠮷野]家");
  });

  it("cuts English at a space rather than inside a word", () => {
    const body = `${"Payments attempted during the outage are affected as follows. ".repeat(2)}The merchant console also shows the maintenance notice screen. ${"Token issuing and API requests return the maintenance error code. ".repeat(2)}`;
    const e = excerpt([en(body)], "console")!;
    const text = e.parts.map((p) => p.text).join("");
    expect(body).toMatch(new RegExp(`(^| )${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( |$)`));
    expect(text).toContain("console");
  });

  it("takes the first text that holds a term, in the order given; null when none does", () => {
    const texts = [ja("メンテナンスのお知らせ"), en("Maintenance API notice"), { lang: null, body: "settleMethod" }];
    expect(excerpt(texts, "api")).toMatchObject({ lang: "en", parts: [{ text: "Maintenance " }, { text: "API", hit: true }, { text: " notice" }] });
    expect(excerpt(texts, "settlemethod")).toMatchObject({ lang: null });
    expect(excerpt(texts, "障害")).toBeNull();
  });

  it("folds neighbours that NFKC composes across a character boundary as the search does", () => {
    // compatibility jamo ㄱ + ㅏ are two characters that NFKC turns into the one syllable 가
    expect(shown(excerpt([ja("名称ㄱㅏ変更")], "가"))).toBe("名称[ㄱㅏ]変更");
  });

  it("shows a paragraph's line breaks as spaces on one line", () => {
    expect(shown(excerpt([ja("加盟店様\n購入者様")], "購入者"))).toBe("加盟店様 [購入者]様");
  });
});
