// Search excerpts against real PostgreSQL: the texts revision_search_texts gives are
// the ones the stored search document is folded from, and the excerpt of a result
// shows its hit as the notice writes it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { minimalContent, publishedNotice } from "@/test/db-helpers";
import type { Excerpt } from "./excerpt";
import { searchExcerpts } from "./excerpts";
import { catalogKeys, findNoticePage, indexFacets } from "./listing";
import { parseIndexQuery } from "./query";

beforeAll(async () => {
  await seed();
});

const shown = (e: Excerpt | undefined) => e && e.parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");

async function search(q: string, locale: "ja" | "en") {
  const { query } = parseIndexQuery({ q }, catalogKeys(await indexFacets()));
  const page = await findNoticePage(query, 1000);
  return { slugs: page.notices.map((n) => n.slug), excerpts: await searchExcerpts(page.notices, query.terms, locale) };
}

describe("revision_search_texts", () => {
  it("is what every stored search document was folded from", async () => {
    const rows = await db.$queryRaw<{ id: string; same: boolean }[]>`
      SELECT s."revisionId" AS id,
             s."document" = (SELECT lower(normalize(coalesce(string_agg(x."body", E'\n'), ''), NFKC)) FROM revision_search_texts(s."revisionId") AS x) AS same
        FROM "RevisionSearch" s`;
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.filter((r) => !r.same)).toEqual([]);
  });

  it("gives each text its language, the letter first, then the sections in order", async () => {
    const rows = await db.$queryRaw<{ lang: string | null; body: string }[]>`
      SELECT x."lang", x."body" FROM "NoticeListing" l, revision_search_texts(l."revisionId") AS x WHERE l."slug" = ${notice000.slug}`;
    expect(rows.slice(0, 2)).toEqual([
      { lang: "ja", body: notice000.revision2.title.ja },
      { lang: "en", body: notice000.revision2.title.en },
    ]);
    const headings = notice000.revision2.sections.flatMap((s) => (s.heading ? [s.heading.ja] : []));
    expect(headings.length).toBeGreaterThanOrEqual(5);
    const at = headings.map((h) => rows.findIndex((r) => r.body === h));
    expect(at.every((i) => i > 1)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // the error code is written in, as on the page
    expect(rows.some((r) => r.body.includes("{{errorCode}}"))).toBe(false);
    expect(rows.some((r) => r.lang === "ja" && r.body.includes("Z010000000"))).toBe(true);
  });
});

describe("searchExcerpts", () => {
  it("shows the hit in the reader's language: 本与信 in notice 000's delays section", async () => {
    const { slugs, excerpts } = await search("本与信", "ja");
    expect(slugs).toContain(notice000.slug);
    const excerpt = excerpts.get(notice000.slug)!;
    expect(excerpt.lang).toBe("ja");
    expect(shown(excerpt)).toContain("[本与信]");
  });

  it("falls back to the text that holds the term when the reader's language does not", async () => {
    // settleMethod is a field name: in no language
    const { excerpts } = await search("settlemethod", "en");
    const excerpt = excerpts.get(notice001.slug)!;
    expect(excerpt.parts.filter((p) => p.hit).map((p) => p.text)).toContain("settleMethod");
  });

  it("marks ＡＰＩ as written for q=api, without the Markdown around it, and shows no excerpt for a hit in the title only", async () => {
    const body = "トークン発行時および **ＡＰＩ** リクエスト時に[^code]、エラーコードを返却します。";
    const { notice } = await publishedNotice(
      minimalContent(48, {
        title: { ja: "全角ＡＰＩの検索テスト" },
        sections: [
          {
            key: "content",
            heading: { ja: "内容" },
            blocks: [{ type: "PROSE", body: { ja: body }, footnotes: [{ key: "code", text: { ja: "注記" } }] }],
          },
        ],
      }),
    );
    const { slugs, excerpts } = await search("api", "ja");
    expect(slugs).toContain(notice.slug);
    expect(shown(excerpts.get(notice.slug))).toBe("トークン発行時および [ＡＰＩ] リクエスト時に、エラーコードを返却します。");

    const titleOnly = await search("全角", "ja");
    expect(titleOnly.slugs).toContain(notice.slug);
    expect(titleOnly.excerpts.has(notice.slug)).toBe(false);
  });
});
