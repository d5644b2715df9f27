import { describe, expect, it } from "vitest";
import { diffText, excerpt, words } from "./text";

const ja = (text: string) => ({ text, lang: "ja" as const, fallback: false });
const en = (text: string) => ({ text, lang: "en" as const, fallback: false });
const ops = (diff: ReturnType<typeof diffText>) => diff.parts.map((p) => [p.op, p.text]);

describe("words", () => {
  it("cuts Japanese into words, not characters, and keeps every character", () => {
    const text = "今回は、警報メールの初回は朝9時頃となります。";
    const tokens = words(text, "ja");
    expect(tokens.join("")).toBe(text);
    expect(tokens).toContain("警報");
    expect(tokens).toContain("メール");
  });
});

describe("diffText", () => {
  it("marks only the changed words of a Japanese sentence", () => {
    const diff = diffText(ja("今回は、警報メールの初回は朝9時頃となります。"), ja("今回は、警報メールの初回は朝10時頃となります。"));
    expect(diff.status).toBe("changed");
    expect(ops(diff)).toEqual([
      ["equal", "今回は、警報メールの初回は朝"],
      ["delete", "9"],
      ["insert", "10"],
      ["equal", "時頃となります。"],
    ]);
  });

  it("marks an inserted Japanese word without touching its neighbours", () => {
    const diff = diffText(ja("「予約販売」受注のある加盟店様"), ja("「予約販売」または「継続課金」受注のある加盟店様"));
    expect(ops(diff)).toEqual([
      ["equal", "「予約販売」"],
      ["insert", "または「継続課金」"],
      ["equal", "受注のある加盟店様"],
    ]);
  });

  it("joins English changes separated only by spaces into one readable change", () => {
    const diff = diffText(en("the first alert mail is sent at 7:00"), en("the first alert mail goes out at 7:00"));
    expect(ops(diff)).toEqual([
      ["equal", "the first alert mail "],
      ["delete", "is sent"],
      ["insert", "goes out"],
      ["equal", " at 7:00"],
    ]);
  });

  it("reports unchanged, added and removed texts whole", () => {
    expect(diffText(ja("記"), ja("記")).status).toBe("unchanged");
    expect(ops(diffText(null, ja("以上")))).toEqual([["insert", "以上"]]);
    expect(ops(diffText(ja("以上"), null))).toEqual([["delete", "以上"]]);
    expect(diffText(null, null).parts).toEqual([]);
  });

  it("replaces the whole text when the English translation appears: words of two languages do not align", () => {
    const diff = diffText({ text: "日中警報の遅延", lang: "ja", fallback: true }, en("Later daytime alerts"));
    expect(diff).toMatchObject({ status: "changed", lang: "en", fallback: false });
    expect(diff.parts).toEqual([
      { op: "delete", text: "日中警報の遅延", lang: "ja" },
      { op: "insert", text: "Later daytime alerts", lang: "en" },
    ]);
  });
});

describe("excerpt", () => {
  const lead = (word: string) => ["平素は格別のご高配を賜り、厚く御礼申しあげます。", `下記${word}日時においてシステムメンテナンスを実施いたします。`, "ご理解ご協力の程宜しくお願い申し上げます。", "詳細につきまして、下記をご覧ください。"].join("\n\n");

  it("keeps the changed paragraph and skips the unchanged ones around it", () => {
    const parts = excerpt(diffText(ja(lead("")), ja(lead("の"))));
    expect(parts.map((p) => [p.op, p.text])).toEqual([
      ["skip", "…"],
      ["equal", "\n下記"],
      ["insert", "の"],
      ["equal", "日時においてシステムメンテナンスを実施いたします。\n"],
      ["skip", "…"],
    ]);
  });

  it("leaves short texts, unchanged texts and neighbouring paragraphs whole", () => {
    const short = diffText(ja("朝9時頃"), ja("朝10時頃"));
    expect(excerpt(short)).toEqual(short.parts);
    const same = diffText(ja(lead("")), ja(lead("")));
    expect(excerpt(same)).toEqual(same.parts);
    const twoChanges = diffText(ja("A案です。\n\nB案です。"), ja("C案です。\n\nD案です。"));
    expect(excerpt(twoChanges).some((p) => p.op === "skip")).toBe(false);
  });
});
