import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { localePath } from "@/lib/i18n/locale";
import {
  emptyIndexQuery,
  escapeLike,
  hasEmptyParams,
  indexHref,
  indexQueryKeys,
  isFiltered,
  pageNumbers,
  pageRange,
  parseIndexQuery,
  searchTerms,
  type IndexQuery,
} from "./query";

const catalog = {
  services: ["webcollect", "atobarai"],
  paymentMethods: ["credit-card", "kuroneko-pay"],
  channels: ["token-modal", "kuroneko-pay-modal"],
};
const parse = (params: Record<string, string | string[]>) => parseIndexQuery(params, catalog);

describe("parseIndexQuery", () => {
  it("reads every filter of a shared link", () => {
    const { query, problems } = parse({ service: "webcollect", kind: "SCHEDULED", year: "2019", page: "2", channel: "token-modal", paymentMethod: "kuroneko-pay" });
    expect(problems).toEqual([]);
    expect(query).toEqual({ ...emptyIndexQuery, service: "webcollect", kind: "SCHEDULED", year: 2019, page: 2, channel: "token-modal", paymentMethod: "kuroneko-pay" });
  });

  it("gives the defaults for no parameters and treats empty form fields as 'any'", () => {
    expect(parse({})).toEqual({ query: emptyIndexQuery, problems: [] });
    expect(parse({ q: "", service: "", kind: "  ", year: "" })).toEqual({ query: emptyIndexQuery, problems: [] });
  });

  it("drops an unknown catalog key and says so, keeping the other filters", () => {
    const { query, problems } = parse({ service: "no-such-service", kind: "EXTRAORDINARY" });
    expect(query.service).toBeNull();
    expect(query.kind).toBe("EXTRAORDINARY");
    expect(problems).toEqual([{ param: "service", value: "no-such-service", reason: "unknown" }]);
  });

  it("reports malformed values instead of throwing", () => {
    const { query, problems } = parse({ kind: "WEEKLY", year: "19", page: "0", channel: "Token Modal!", paymentMethod: "../etc" });
    expect(query).toEqual(emptyIndexQuery);
    expect(problems.map((p) => [p.param, p.reason])).toEqual([
      ["paymentMethod", "invalid"],
      ["channel", "invalid"],
      ["kind", "invalid"],
      ["year", "invalid"],
      ["page", "invalid"],
    ]);
    expect(parse({ page: "-1" }).problems).toHaveLength(1);
    expect(parse({ page: "1e3" }).problems).toHaveLength(1);
    expect(parse({ year: "1999" }).problems).toHaveLength(1);
  });

  it("accepts a kind in lower case, and the first of repeated parameters", () => {
    expect(parse({ kind: "scheduled" }).query.kind).toBe("SCHEDULED");
    expect(parse({ service: ["atobarai", "webcollect"] }).query.service).toBe("atobarai");
  });

  it("refuses a search text over 100 characters", () => {
    const { query, problems } = parse({ q: "あ".repeat(101) });
    expect(query.q).toBeNull();
    expect(problems).toMatchObject([{ param: "q", reason: "invalid" }]);
    expect(parse({ q: "あ".repeat(100) }).query.terms).toEqual(["あ".repeat(100)]);
  });

  it("keeps the typed text for the form and splits the search into terms", () => {
    const { query } = parse({ q: "  本与信　遅延 " });
    expect(query.q).toBe("本与信　遅延");
    expect(query.terms).toEqual(["本与信", "遅延"]);
  });
});

describe("searchTerms", () => {
  it("folds full-width letters, half-width kana and case as the stored text is folded", () => {
    expect(searchTerms("ｓｅｔｔｌｅＭｅｔｈｏｄ")).toEqual(["settlemethod"]);
    expect(searchTerms("ｸﾛﾈｺﾍﾟｲ")).toEqual(["クロネコペイ"]);
  });

  it("drops repeated terms and keeps at most five", () => {
    expect(searchTerms("a b A c d e f g")).toEqual(["a", "b", "c", "d", "e"]);
  });
});

describe("escapeLike", () => {
  it("makes LIKE's wildcards and its escape character literal", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("E04_F04")).toBe("E04\\_F04");
    expect(escapeLike("a\\b")).toBe("a\\\\b");
    expect(escapeLike("本与信")).toBe("本与信");
  });
});

describe("links", () => {
  const query: IndexQuery = { ...emptyIndexQuery, q: "本与信", terms: ["本与信"], service: "webcollect", kind: "SCHEDULED", year: 2019, page: 3 };

  it("prints parameters in one order and leaves out defaults", () => {
    expect(indexHref("ja", query)).toBe("/?q=%E6%9C%AC%E4%B8%8E%E4%BF%A1&service=webcollect&kind=SCHEDULED&year=2019&page=3");
    expect(indexHref("en", query, { page: 1 })).toBe("/en?q=%E6%9C%AC%E4%B8%8E%E4%BF%A1&service=webcollect&kind=SCHEDULED&year=2019");
    expect(indexHref("ja", emptyIndexQuery)).toBe("/");
    expect(indexHref("en", emptyIndexQuery, { page: 2 })).toBe("/en?page=2");
  });

  it("reads back what it prints", () => {
    const href = indexHref("ja", query);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parse(params).query).toEqual(query);
  });

  it("keeps the query when switching language", () => {
    expect(localePath("en", "/?kind=SCHEDULED")).toBe("/en?kind=SCHEDULED");
    expect(localePath("ja", "/?kind=SCHEDULED")).toBe("/?kind=SCHEDULED");
    expect(localePath("en", "/")).toBe("/en");
    expect(localePath("en", "/notices/x")).toBe("/en/notices/x");
  });

  it("spots the empty fields a submitted form leaves in the address", () => {
    expect(hasEmptyParams({ q: "", service: "webcollect" })).toBe(true);
    expect(hasEmptyParams({ service: "webcollect", utm_source: "" })).toBe(false);
  });

  it("counts a page number alone as no filter", () => {
    expect(isFiltered({ ...emptyIndexQuery, page: 4 })).toBe(false);
    expect(isFiltered({ ...emptyIndexQuery, year: 2020 })).toBe(true);
    expect(isFiltered({ ...emptyIndexQuery, q: "x", terms: ["x"] })).toBe(true);
  });

  it("rewrites exactly the index parameters to the per-request route", async () => {
    const rewrites = await nextConfig.rewrites!();
    const before = (Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles) ?? [];
    for (const [source, destination] of [["/", "/ja/search"], ["/en", "/en/search"]])
      expect(before.filter((r) => r.source === source && r.destination === destination).map((r) => r.has?.[0]?.key)).toEqual([...indexQueryKeys]);
  });
});

describe("pagination", () => {
  it("says which notices a page shows", () => {
    expect(pageRange(45, 1)).toEqual({ total: 45, page: 1, lastPage: 3, from: 1, to: 20 });
    expect(pageRange(45, 3)).toEqual({ total: 45, page: 3, lastPage: 3, from: 41, to: 45 });
    expect(pageRange(45, 4)).toMatchObject({ from: 0, to: 0, lastPage: 3 });
    expect(pageRange(0, 1)).toEqual({ total: 0, page: 1, lastPage: 1, from: 0, to: 0 });
    expect(pageRange(2, 2, 1)).toMatchObject({ from: 2, to: 2, lastPage: 2 });
  });

  it("links the first, the last and the pages around the current one", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(10, 20)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 20]);
    expect(pageNumbers(2, 20)).toEqual([1, 2, 3, 4, "gap", 20]);
    expect(pageNumbers(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
