// The keyword-search cache against real PostgreSQL: a repeated search is answered
// from memory, and clearing it (what revalidateNotice does on publication) shows
// what was published since.
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { minimalContent, publishedNotice } from "@/test/db-helpers";
import { clearSearchCache, searchedNoticePage } from "./cache";
import { catalogKeys, indexFacets } from "./listing";
import { parseIndexQuery, type SearchParams } from "./query";

let keys: Awaited<ReturnType<typeof catalogKeys>>;
beforeAll(async () => {
  await seed();
  keys = catalogKeys(await indexFacets());
});

const search = async (params: SearchParams) => (await searchedNoticePage(parseIndexQuery(params, keys).query, "ja")).page.notices.map((n) => n.slug);

async function publish(title: string) {
  const { notice } = await publishedNotice(minimalContent(900, { title: { ja: title } }));
  return notice.slug;
}

describe("searchedNoticePage", () => {
  it("answers a repeated search from memory until the cache is cleared", async () => {
    const token = `キャッシュ検査${Date.now()}`;
    const first = await publish(`${token}のお知らせ`);
    expect(await search({ q: token })).toEqual([first]);
    const second = await publish(`${token}の続報`);
    // the same search, spelled differently in the address: the same entry
    expect(await search({ q: `  ${token} ` })).toEqual([first]);
    // another filter or page is another search
    expect(await search({ q: token, kind: "SCHEDULED" })).toEqual([second, first]);
    clearSearchCache();
    expect(await search({ q: token })).toEqual([second, first]);
  });

  it("a search running while a publication clears the cache still answers, with what was published", async () => {
    const token = `検索中の公開${Date.now()}`;
    const first = await publish(`${token}のお知らせ`);
    clearSearchCache();
    const running = search({ q: token });
    // a publication clears the cache while the search is still reading the database
    clearSearchCache();
    await expect(running).resolves.toEqual([first]);
    const second = await publish(`${token}の続報`);
    clearSearchCache();
    expect(await search({ q: token })).toEqual([second, first]);
  });

  it("shares one query among concurrent identical searches", async () => {
    clearSearchCache();
    const query = parseIndexQuery({ q: "本与信" }, keys).query;
    const pages = await Promise.all(Array.from({ length: 5 }, () => searchedNoticePage(query, "ja")));
    for (const page of pages) expect(page).toBe(pages[0]);
  });

  it("keeps the excerpts with their page, one entry per language", async () => {
    clearSearchCache();
    const query = parseIndexQuery({ q: "本与信" }, keys).query;
    const ja = await searchedNoticePage(query, "ja");
    const [slug] = ja.page.notices.map((n) => n.slug);
    expect(ja.excerpts.get(slug!)?.parts.some((p) => p.hit && p.text === "本与信")).toBe(true);
    // the same entry again, excerpts and all; the English reader's is another (its excerpts rank English first)
    expect(await searchedNoticePage(query, "ja")).toBe(ja);
    const en = await searchedNoticePage(query, "en");
    expect(en).not.toBe(ja);
    expect(en.page.notices.map((n) => n.slug)).toEqual([slug]);
  });
});
