import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { siteUrl } from "@/lib/site-url";
import { buildAtomFeed, entrySummary, entryTitle } from "./atom";
import { feedNotice } from "./test-fixtures";

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
    const other = feedNotice([], { slug: "2020-04-20-webcollect-extraordinary-maintenance", kind: "EXTRAORDINARY", changedAt: new Date("2020-04-06T01:00:00Z"), history: [{ number: 1, publishedAt: new Date("2020-04-06T01:00:00Z"), amendment: null }] });
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
});
