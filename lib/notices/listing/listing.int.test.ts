// The public index against real PostgreSQL: the listing and search rows the
// migration's triggers write, and the filters, search and pages read from them.
// Other integration files add notices of their own (windows around today), so
// assertions about the reference notices pin a year or a text only they have.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { draftNotice, minimalContent, publishedAmendment, publishedNotice, withoutIdentityGuard } from "@/test/db-helpers";
import { catalogKeys, findNoticePage, indexFacets, type IndexFacets } from "./listing";
import { parseIndexQuery, type SearchParams } from "./query";
import { contextFor, publishRevision } from "@/lib/notices/commands";
import { submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";
import type { RevisionContentInput } from "@/lib/notices/content/schema";

let facets: IndexFacets;
beforeAll(async () => {
  await seed();
  facets = await indexFacets();
});

const S000 = notice000.slug;
const S001 = notice001.slug;
const find = (params: SearchParams, pageSize?: number) => {
  const { query, problems } = parseIndexQuery(params, catalogKeys(facets));
  expect(problems).toEqual([]);
  return findNoticePage(query, pageSize);
};
const slugs = async (params: SearchParams) => (await find(params, 1000)).notices.map((n) => n.slug);
// fixtures publish the normal way: written and submitted by the editor, approved and published by the approver
const publishNew = (content: RevisionContentInput) => publishedNotice(content);
const amend = publishedAmendment;

describe("filters", () => {
  it("service=atobarai finds only notice 001", async () => {
    expect(await slugs({ service: "atobarai" })).toEqual([S001]);
  });

  it("a channel counts for the service it belongs to", async () => {
    const webcollect = await slugs({ service: "webcollect" });
    expect(webcollect).toEqual(expect.arrayContaining([S000, S001]));
  });

  it("channel=kuroneko-pay-modal finds notice 000; the test environment only 000", async () => {
    expect(await slugs({ channel: "kuroneko-pay-modal" })).toContain(S000);
    const test = await slugs({ channel: "test-environment" });
    expect(test).toContain(S000);
    expect(test).not.toContain(S001);
  });

  it("paymentMethod finds the notices that stop the method (lib/affected), not those where it stays available", async () => {
    // 000 stops every payment through the channels it names, クロネコペイ and credit card included
    expect(await slugs({ paymentMethod: "kuroneko-pay" })).toEqual([S001, S000]);
    expect(await slugs({ paymentMethod: "credit-card" })).toEqual(expect.arrayContaining([S001, S000]));
    // notice 001's table lists au かんたん決済 and bank transfer as still available
    expect(await slugs({ paymentMethod: "bank-transfer" })).not.toContain(S001);
    expect(await slugs({ paymentMethod: "au-easy-payment" })).not.toContain(S001);
  });

  it("kind=SCHEDULED finds notice 000 and only scheduled notices", async () => {
    const page = await find({ kind: "SCHEDULED" }, 1000);
    expect(page.notices.map((n) => n.slug)).toContain(S000);
    expect(page.notices.map((n) => n.slug)).not.toContain(S001);
    expect(new Set(page.notices.map((n) => n.kind))).toEqual(new Set(["SCHEDULED"]));
  });

  it("year is the year in Japan of a window's start", async () => {
    expect(await slugs({ year: "2020" })).toEqual([S001]);
    expect(await slugs({ year: "2019" })).toEqual([S000]);
    expect(await slugs({ year: "2018" })).toEqual([]);
  });

  it("combines filters", async () => {
    expect(await slugs({ service: "webcollect", kind: "SCHEDULED", year: "2019" })).toEqual([S000]);
    expect(await slugs({ service: "atobarai", kind: "SCHEDULED" })).not.toContain(S001);
  });

  it("offers the catalog and the years that have notices", () => {
    expect(facets.services.map((s) => s.key)).toEqual(["webcollect", "atobarai"]);
    expect(facets.years).toEqual(expect.arrayContaining([2020, 2019]));
    expect(facets.years).toEqual([...facets.years].sort((a, b) => b - a));
  });
});

describe("keyword search", () => {
  it.each([
    ["本与信", S000],
    ["継続課金", S000],
    ["authorisation", S000],
    ["settleMethod", S001],
    ["SETTLEMETHOD", S001],
    ["ｓｅｔｔｌｅＭｅｔｈｏｄ", S001],
    ["Apple", S001],
    ["ApplePay", S001],
  ])("%s finds only %s among the reference notices", async (q, expected) => {
    const found = await slugs({ q });
    expect(found).toContain(expected);
    expect(found).not.toContain(expected === S000 ? S001 : S000);
  });

  it("matches every term, and the filters too", async () => {
    expect(await slugs({ q: "本与信 遅延" })).toContain(S000);
    expect(await slugs({ q: "本与信 settleMethod" })).toEqual([]);
    expect(await slugs({ q: "本与信", year: "2020" })).toEqual([]);
  });

  it("finds the error code where the text says {{errorCode}}", async () => {
    expect(await slugs({ q: "Z010000000" })).toEqual(expect.arrayContaining([S000, S001]));
    expect(await slugs({ q: "{{errorCode}}" })).toEqual([]);
  });

  it("takes % and _ literally", async () => {
    const { notice } = await publishNew(minimalContent(400, { title: { ja: "稼働率100%_保証のお知らせ" } }));
    const mine = (found: string[]) => found.includes(notice.slug);
    expect(mine(await slugs({ q: "100%_" }))).toBe(true);
    expect(mine(await slugs({ q: "率1_0" }))).toBe(false);
    expect(mine(await slugs({ q: "100%保証" }))).toBe(false);
  });

  it("searches the current published revision, not earlier ones", async () => {
    const first = await publishNew(minimalContent(300, { title: { ja: "旧版だけにある語句のお知らせ" } }));
    expect(await slugs({ q: "旧版だけにある語句" })).toEqual([first.notice.slug]);
    await amend(first.notice.id, first.revision.id, {
      ...minimalContent(300, { title: { ja: "新版の語句のお知らせ" } }),
      amendment: { type: "CORRECTION", summary: { ja: "題名を訂正" } },
    });
    expect(await slugs({ q: "旧版だけにある語句" })).toEqual([]);
    expect(await slugs({ q: "新版の語句" })).toEqual([first.notice.slug]);
    // the superseded revision keeps its search text: it was written once, at publication
    expect(await db.revisionSearch.findUnique({ where: { revisionId: first.revision.id } })).toMatchObject({ document: expect.stringContaining("旧版だけにある語句") });
  });
});

describe("search terms of one or two characters (the listing's grams)", () => {
  // the reference: every visible notice whose current search text contains the term,
  // by strpos, which shares nothing with either LIKE or the grams
  const containing = async (term: string) =>
    (
      await db.$queryRaw<{ slug: string }[]>`
        SELECT l."slug" FROM "NoticeListing" l JOIN "RevisionSearch" s ON s."revisionId" = l."revisionId"
         WHERE l."visible" AND strpos(s."document", ${term}) > 0 ORDER BY l."slug"`
    ).map((r) => r.slug);

  it.each(["払", "決済", "信", "ap", "Ap", "ｚ0", "%", "_", "{{", "ン ス"])("%s finds exactly the notices whose text contains it", async (q) => {
    const terms = q.normalize("NFKC").toLowerCase().split(" ");
    const sets = await Promise.all(terms.map(containing));
    const expected = sets.reduce((all, next) => all.filter((slug) => next.includes(slug)));
    expect((await slugs({ q })).sort()).toEqual(expected);
    // not vacuous: the reference notices contain these
    if (["払", "決済", "信", "ap", "ｚ0"].includes(q)) expect(expected).toEqual(expect.arrayContaining([S000]));
  });

  it("follow the current revision, and cannot be written by anything else", async () => {
    const first = await publishNew(minimalContent(320, { title: { ja: "鰻丼のお知らせ" } }));
    expect(await slugs({ q: "鰻" })).toEqual([first.notice.slug]);
    await amend(first.notice.id, first.revision.id, {
      ...minimalContent(320, { title: { ja: "鯖寿司のお知らせ" } }),
      amendment: { type: "CORRECTION", summary: { ja: "題名を訂正" } },
    });
    expect(await slugs({ q: "鰻" })).toEqual([]);
    expect(await slugs({ q: "鯖寿" })).toEqual([first.notice.slug]);
    // a write that bypasses the trigger's source is put right
    await db.$executeRaw`UPDATE "NoticeListing" SET "grams" = ARRAY['鰻'] WHERE "noticeId" = ${first.notice.id}`;
    expect(await slugs({ q: "鰻" })).toEqual([]);
    expect(await slugs({ q: "鯖" })).toEqual([first.notice.slug]);
  });
});

describe("the listing follows publications and the notice", () => {
  it("carries what the index shows of notice 000", async () => {
    const [summary] = (await find({ q: "本与信", year: "2019" })).notices;
    expect(summary).toMatchObject({
      slug: S000,
      kind: "SCHEDULED",
      title: { ja: "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ" },
      firstPublishedAt: notice000.firstPublishedAt,
      amendment: { type: "ADDENDUM", publishedAt: notice000.amendedAt },
      serviceKeys: ["webcollect"],
      windows: [{ key: "main", startsAt: new Date("2019-07-28T17:00:00Z"), endsAt: new Date("2019-07-28T22:00:00Z"), status: "SCHEDULED" }],
    });
    expect((await find({ year: "2020" })).notices[0]?.amendment).toBeNull();
  });

  it("shows the latest amendment readers are told about, never a 表記修正", async () => {
    const token = `表記修正の検査${Date.now()}`;
    const content = minimalContent(200, { title: { ja: token } });
    const { notice, revision } = await publishNew(content);
    const editorial = await amend(notice.id, revision.id, { ...content, amendment: { type: "EDITORIAL", summary: { ja: "誤字" } } });
    expect((await find({ q: token })).notices[0]?.amendment).toBeNull();
    await amend(notice.id, editorial.id, { ...content, amendment: { type: "EXTENSION", summary: { ja: "延長" } } });
    expect((await find({ q: token })).notices[0]?.amendment).toMatchObject({ type: "EXTENSION" });
  });

  it("Revision_published_index: the publishing transaction writes the notice's listing row and the revision's search row", async () => {
    const token = `索引行の検査${Date.now()}`;
    const { notice, revision } = await draftNotice(minimalContent(150, { title: { ja: token } }));
    const { approver } = await submitAndApprove(revision.id);
    const version = await versionOf(revision.id);
    // read inside the transaction: the rows exist before anything else could have written them
    const seen = await db.$transaction(async (t) => {
      await publishRevision(await contextFor(t, approver), { revisionId: revision.id, version });
      return {
        listing: await t.noticeListing.findUnique({ where: { noticeId: notice.id } }),
        search: await t.revisionSearch.findUnique({ where: { revisionId: revision.id } }),
      };
    });
    expect(seen.listing).toMatchObject({ revisionId: revision.id, slug: notice.slug, kind: "SCHEDULED", visible: true, titleJa: token });
    expect(seen.search?.document).toContain(token);
  });

  it("Notice_listing_sync: hides a withdrawn notice and follows a changed kind", async () => {
    const token = `取り下げの検査${Date.now()}`;
    const { notice } = await publishNew(minimalContent(100, { title: { ja: token } }));
    expect(await slugs({ q: token, kind: "SCHEDULED" })).toEqual([notice.slug]);
    // the commands never change a published notice's kind (trigger Notice_identity_fixed); an operator by hand might
    await withoutIdentityGuard((tx) => tx.notice.update({ where: { id: notice.id }, data: { kind: "EMERGENCY" } }));
    expect(await slugs({ q: token, kind: "EMERGENCY" })).toEqual([notice.slug]);
    await db.notice.update({ where: { id: notice.id }, data: { state: "WITHDRAWN", withdrawnAt: new Date() } });
    expect(await slugs({ q: token })).toEqual([]);
  });

  it("lists no notice that was never published", async () => {
    const { notice } = await draftNotice(minimalContent(100, { title: { ja: "下書きだけのお知らせ" } }));
    expect(await db.noticeListing.findUnique({ where: { noticeId: notice.id } })).toBeNull();
  });
});

describe("pagination", () => {
  it("pages newest first without overlap, and counts every match", async () => {
    const token = `ページ送り${Date.now()}`;
    const created = [];
    for (const hours of [500, 700, 600]) created.push((await publishNew(minimalContent(hours, { title: { ja: `${token} ${hours}` } }))).notice.slug);
    const [one, two, three] = await Promise.all([find({ q: token }, 2), find({ q: token, page: "2" }, 2), find({ q: token, page: "3" }, 2)]);
    expect(one.total).toBe(3);
    expect(two.total).toBe(3);
    // newest window first: 700 h, 600 h, 500 h from now
    expect(one.notices.map((n) => n.slug)).toEqual([created[1], created[2]]);
    expect(two.notices.map((n) => n.slug)).toEqual([created[0]]);
    expect(three.notices).toEqual([]);
  });

  it("shows 20 a page by default and counts all visible notices", async () => {
    const visible = await db.noticeListing.count({ where: { visible: true } });
    const page = await find({});
    expect(page.total).toBe(visible);
    expect(page.pageSize).toBe(20);
    expect(page.notices).toHaveLength(Math.min(20, visible));
  });
});
