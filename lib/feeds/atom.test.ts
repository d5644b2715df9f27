import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { siteUrl } from "@/lib/site-url";
import { buildAtomFeed, entrySummary, entryTitle } from "./atom";
import { feedNotice, undatedNotice } from "./test-fixtures";

const parse = (xml: string) => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "link", "category"].includes(name) }).parse(xml).feed;
};
const amended = () => feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }]);

describe("entryTitle", () => {
  it("adds the derived suffix of the latest visible amendment", () => {
    expect(entryTitle(amended(), "ja")).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり");
    expect(entryTitle(amended(), "en")).toBe("Kuroneko Web Collect scheduled system maintenance (29 July) (Updated 23 Jul: addendum)");
    expect(entryTitle(feedNotice(), "ja")).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ");
    expect(entryTitle(feedNotice([{ type: "EDITORIAL", at: "2019-07-23T01:00:00Z" }]), "ja")).not.toContain("※");
  });
});

describe("an entry whose publication date is unknown", () => {
  it("has no <published>, and the instant it appeared here as the <updated> Atom requires", () => {
    const feed = parse(buildAtomFeed([undatedNotice("2026-11-29T03:00:00Z")], "ja", null, "クロネコwebコレクト"));
    const [entry] = feed.entry;
    expect(entry.published).toBeUndefined();
    expect(entry.updated).toBe("2026-11-29T03:00:00.000Z");
  });
});

describe("entrySummary", () => {
  it("gives the amendment, the kind and the window", () => {
    expect(entrySummary(amended(), "ja")).toBe(
      "<p>(7月23日追記) 「3. 遅延について」を追記</p><p>定期</p><p>停止日時: 2019年7月29日(月) 午前2:00～7:00 (5時間)</p>",
    );
    expect(entrySummary(feedNotice(), "en")).toBe("<p>Scheduled</p><p>Outage: Mon, 29 July 2019, 2:00–7:00 JST (5 hours)</p>");
  });

  it("escapes text, since the summary is HTML", () => {
    expect(entrySummary(feedNotice([{ type: "CORRECTION", at: "2019-07-23T01:00:00Z", summary: "<b>A&B</b>" }]), "ja")).toContain("&lt;b&gt;A&amp;B&lt;/b&gt;");
  });
});

describe("buildAtomFeed", () => {
  it("is well-formed Atom with one entry per notice, newest update first", () => {
    const other = feedNotice([], { slug: "2020-04-20-webcollect-extraordinary-maintenance", kind: "EXTRAORDINARY", changedAt: new Date("2020-04-06T01:00:00Z"), history: [{ number: 1, publishedAt: new Date("2020-04-06T01:00:00Z"), publishedAtKnown: true, amendment: null }] });
    const feed = parse(buildAtomFeed([amended(), other], "ja", null, "クロネコwebコレクト"));
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.updated).toBe("2020-04-06T01:00:00.000Z");
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      "tag:maintenance-notices,2019:notices/2020-04-20-webcollect-extraordinary-maintenance",
      "tag:maintenance-notices,2019:notices/2019-07-29-webcollect-scheduled-maintenance",
    ]);
    const [, first] = feed.entry;
    expect(first.title["#text"]).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり");
    expect(first.updated).toBe("2019-07-23T01:00:00.000Z");
    expect(first.published).toBe("2019-06-22T01:00:00.000Z");
    expect(first.link[0]["@_href"]).toBe(siteUrl("/notices/2019-07-29-webcollect-scheduled-maintenance"));
    expect(first.author.name).toBe("ヤマトフィナンシャル株式会社");
  });

  it("links the English entries to /en and keeps their own ids", () => {
    const feed = parse(buildAtomFeed([amended()], "en", null, "Kuroneko Web Collect"));
    expect(feed.link.map((l: Record<string, string>) => l["@_href"])).toEqual([siteUrl("/en"), siteUrl("/en/feed.xml")]);
    expect(feed.entry[0].link[0]["@_href"]).toBe(siteUrl("/en/notices/2019-07-29-webcollect-scheduled-maintenance"));
    expect(feed.entry[0].id).toBe("tag:maintenance-notices,2019:en/notices/2019-07-29-webcollect-scheduled-maintenance");
    expect(feed.entry[0].author.name).toBe("Yamato Financial Co., Ltd.");
  });

  it("is valid when empty, dated by the last change of the list", () => {
    const feed = parse(buildAtomFeed([], "ja", new Date("2021-01-01T00:00:00Z"), "クロネコwebコレクト"));
    expect(feed.updated).toBe("2021-01-01T00:00:00.000Z");
    expect(feed.entry).toBeUndefined();
  });

  it("categorises each entry by its kind and by what it stops, under the names it was published with", () => {
    const categories = (locale: "ja" | "en") =>
      parse(buildAtomFeed([amended()], locale, null, "クロネコwebコレクト")).entry[0].category.map((c: Record<string, string>) => [c["@_term"], c["@_label"], c["@_scheme"] ?? null]);
    const ja = categories("ja");
    expect(ja[0]).toEqual(["scheduled", "定期", null]);
    expect(ja).toContainEqual(["webcollect", "クロネコwebコレクト", "tag:maintenance-notices,2019:catalog/services"]);
    expect(ja).toContainEqual(["credit-card", "クレジットカード払い", "tag:maintenance-notices,2019:catalog/paymentMethods"]);
    expect(ja).toContainEqual(["kuroneko-pay-modal", "クロネコペイ(モーダル)", "tag:maintenance-notices,2019:catalog/channels"]);
    expect(ja.map((c: string[]) => c[0])).not.toContain("atobarai");
    expect(categories("en")).toContainEqual(["credit-card", "Credit card", "tag:maintenance-notices,2019:catalog/paymentMethods"]);
  });
});

describe("control characters in the texts (rows written before the schemas refused them, or by hand)", () => {
  const every = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join("") + "\u007f\u0085\ufffe";
  const dirty = () => {
    const notice = feedNotice([{ type: "CORRECTION", at: "2019-07-23T01:00:00Z", summary: `要約${every}終わり` }]);
    notice.title = { ja: `題${every}名`, en: `Title${every}end` };
    notice.issuer = { ja: `発行${every}者`, en: null };
    return notice;
  };

  // XML 1.0 §2.2 Char, code point by code point (fast-xml-parser does not check it)
  const isXmlChar = (cp: number) =>
    cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

  it("still give a well-formed feed that a strict parser reads, the characters dropped", () => {
    for (const locale of ["ja", "en"] as const) {
      const xml = buildAtomFeed([dirty()], locale, null, `名${every}前`);
      expect([...xml].filter((c) => !isXmlChar(c.codePointAt(0)!)).map((c) => c.codePointAt(0))).toEqual([]);
      expect(XMLValidator.validate(xml)).toBe(true);
      expect(new XMLParser({ processEntities: true }).parse(xml).feed).toBeDefined();
    }
    const entry = parse(buildAtomFeed([dirty()], "ja", null, "クロネコwebコレクト")).entry[0];
    // TAB and LF are XML characters and stay; CR comes out as LF
    expect(entry.title["#text"]).toBe("題\t\n\n名 ※7/23 訂正あり");
    expect(entry.author.name).toBe("発行\t\n\n者");
    expect(entry.summary["#text"]).toContain("要約\t\n\n終わり");
  });
});
