import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { draftNotice } from "@/test/db-helpers";
import { checkSchema } from "@/test/json-schema-check";
import { catalogKeys, findNoticePage, indexFacets } from "@/lib/notices/listing/listing";
import { parseIndexQuery } from "@/lib/notices/listing/query";
import { noticeDetailDocument, noticeListDocument, openApiJsonDocument } from "./documents";
import { badRequest } from "./list-query";

beforeAll(async () => {
  await seed();
});

type Item = { slug: string; affected: { services: string[]; paymentMethods: string[]; channels: string[]; audiences: string[] }; [key: string]: unknown };
const representation = async (params = "") => {
  const document = await noticeListDocument(new URLSearchParams(params));
  if ("problem" in document) throw new Error(`refused: ${JSON.stringify(document.problem)}`);
  return document;
};
const list = async (params = "") => JSON.parse((await representation(params)).body) as { notices: Item[] };
const itemOf = async (slug: string) => (await list()).notices.find((n) => n.slug === slug)!;
const openapi = JSON.parse(openApiJsonDocument().body);
const schema = (name: string) => openapi.components.schemas[name];

describe("GET /api/v1/notices", () => {
  it("lists every published notice with ISO windows", async () => {
    const { notices } = await list();
    expect(notices).toHaveLength(await db.notice.count({ where: { state: "PUBLISHED", deletedAt: null } }));
    expect(notices.map((n) => n.slug)).toEqual(expect.arrayContaining([notice000.slug, notice001.slug]));
    expect(await itemOf(notice000.slug)).toMatchObject({
      kind: "SCHEDULED",
      title: { ja: "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ", en: "Kuroneko Web Collect scheduled system maintenance (29 July)" },
      status: "past",
      windows: [{ key: "main", startsAt: "2019-07-28T17:00:00.000Z", endsAt: "2019-07-28T22:00:00.000Z", status: "SCHEDULED" }],
      amendment: { type: "ADDENDUM", publishedAt: "2019-07-23T01:00:00.000Z" },
      firstPublishedAt: "2019-06-22T01:00:00.000Z",
      updatedAt: "2019-07-23T01:00:00.000Z",
      url: { ja: siteUrl(`/notices/${notice000.slug}`), en: siteUrl(`/en/notices/${notice000.slug}`) },
    });
  });

  it("gives what each notice stops or degrades, as stored at publication (lib/affected)", async () => {
    const scheduled = await itemOf(notice000.slug);
    expect(scheduled.affected).toEqual({
      services: ["webcollect"],
      paymentMethods: ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
      channels: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console", "test-environment"],
      audiences: ["buyers", "merchants"],
    });
    const extraordinary = await itemOf(notice001.slug);
    // au かんたん決済 and 銀行振込 stay available (ご利用いただけます): not affected
    expect(extraordinary.affected).toEqual({
      services: ["webcollect", "atobarai"],
      paymentMethods: ["credit-card", "convenience-store", "carrier", "kuroneko-pay"],
      channels: ["link-payment-page", "token-embedded", "api", "token-modal", "kuroneko-pay-modal", "merchant-console"],
      audiences: [],
    });
    // its letter states no publication date: the API says none rather than a made-up one
    expect(extraordinary).toMatchObject({ amendment: null, firstPublishedAt: null, updatedAt: null });
  });

  it("takes the index's filters and answers the set the index answers", async () => {
    const facets = await indexFacets();
    for (const params of [
      "paymentMethod=credit-card",
      "paymentMethod=au-easy-payment",
      "paymentMethod=bank-transfer",
      "service=atobarai",
      "channel=test-environment",
      "kind=SCHEDULED&paymentMethod=kuroneko-pay",
      "q=本与信",
      "year=2020&channel=merchant-console",
    ]) {
      const { query } = parseIndexQuery(Object.fromEntries(new URLSearchParams(params)), catalogKeys(facets));
      const index = (await findNoticePage(query, 10_000)).notices.map((n) => n.slug).sort();
      const api = (await list(params)).notices.map((n) => n.slug).sort();
      expect({ params, slugs: api }).toEqual({ params, slugs: index });
    }
    expect((await list("paymentMethod=credit-card")).notices.map((n) => n.slug)).toEqual(expect.arrayContaining([notice000.slug, notice001.slug]));
    expect((await list("paymentMethod=au-easy-payment")).notices.map((n) => n.slug)).not.toContain(notice001.slug);
  });

  it("refuses an unknown or malformed parameter with 400 naming it", async () => {
    const refused = async (params: string) => {
      const document = await noticeListDocument(new URLSearchParams(params));
      return "problem" in document ? document.problem : null;
    };
    expect(await refused("paymentMethod=creditcard")).toMatchObject({ error: "invalid_parameter", parameter: "paymentMethod", value: "creditcard", reason: "unknown" });
    expect(await refused("service=Web%20Collect")).toMatchObject({ parameter: "service", reason: "invalid" });
    expect(await refused("kind=weekly")).toMatchObject({ parameter: "kind", reason: "invalid" });
    expect(await refused("year=19")).toMatchObject({ parameter: "year", reason: "invalid" });
    expect(await refused("payment_method=credit-card")).toMatchObject({ parameter: "payment_method", reason: "unsupported" });
    expect(await refused("page=2")).toMatchObject({ parameter: "page", reason: "unsupported" });
    expect(await refused("service=webcollect&service=atobarai")).toMatchObject({ parameter: "service", reason: "repeated" });
    expect(await refused("q=" + "あ".repeat(101))).toMatchObject({ parameter: "q", reason: "invalid" });
    const response = badRequest((await refused("channel=nope"))!);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_parameter", parameter: "channel" });
    expect(checkSchema(await badRequest((await refused("channel=nope"))!).json(), schema("BadRequest"), openapi)).toEqual([]);
  });

  it("answers with every property the OpenAPI document requires of a list item", async () => {
    const body = await list();
    expect(checkSchema(body, schema("NoticeList"), openapi)).toEqual([]);
    // the checker is not vacuous: it reports what an item lacks
    expect(checkSchema({ notices: [{ slug: "x" }] }, schema("NoticeList"), openapi)).toContain("$.notices[0].windows: missing (required)");
    for (const item of body.notices) for (const key of schema("NoticeListItem").required) expect(item).toHaveProperty(key);
  });

  it("dates the list no earlier than the last window edge that changed a status", async () => {
    const { lastModified } = await representation();
    expect(lastModified!.getTime()).toBeGreaterThanOrEqual(new Date("2020-04-19T21:00:00Z").getTime());
  });
});

describe("GET /api/v1/notices/{slug}", () => {
  it("gives the current revision's content, its number, history and frozen snapshots", async () => {
    const detail = JSON.parse((await noticeDetailDocument(notice000.slug))!.body);
    expect(detail).toMatchObject({ slug: notice000.slug, kind: "SCHEDULED", revision: 2, publishedAt: "2019-07-23T01:00:00.000Z" });
    expect(detail.content.title.ja).toBe("「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ");
    expect(detail.content.sections.map((s: { key: string }) => s.key)).toEqual(["content", "target", "delays", "future", "contact", "attachment-1"]);
    expect(detail.content.screen.errorCode).toBe("Z010000000");
    expect(detail.history).toEqual([
      { number: 1, publishedAt: "2019-06-22T01:00:00.000Z", amendment: null },
      {
        number: 2,
        publishedAt: "2019-07-23T01:00:00.000Z",
        amendment: {
          type: "ADDENDUM",
          summary: { ja: "「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記", en: "Added the section on delays to final authorisation and to the first daytime alerts" },
          sectionKeys: ["delays"],
          windowKeys: [],
        },
      },
    ]);
    // 000 keeps the contact as it was in 2019 (営業時間), though the record now says 受付時間
    expect(detail.contact.hoursLabelJa).toBe("営業時間");
    expect(detail.issuer.nameJa).toBeTruthy();
    expect(detail.derived.titleSuffix).toEqual({ ja: "※7/23 追記あり", en: "(Updated 23 Jul: addendum)" });
    expect(detail.derived.windows[0]).toMatchObject({ key: "main", text: { ja: "2019年7月29日(月) 午前2:00～7:00 (5時間)" }, duration: { ja: "5時間", en: "5 hours" } });
    expect(detail.derived.sections.find((s: { key: string }) => s.key === "delays")).toMatchObject({ number: "3", label: { ja: "3." } });
  });

  it("says per channel and per service what stops and what stays available", async () => {
    const detail = JSON.parse((await noticeDetailDocument(notice001.slug))!.body);
    expect(detail.impact.channels.find((c: { key: string }) => c.key === "kuroneko-pay-modal")).toEqual({
      key: "kuroneko-pay-modal",
      service: "webcollect",
      state: "unavailable",
      paymentMethods: { unavailable: ["kuroneko-pay"], degraded: [], available: [] },
    });
    expect(detail.impact.services.find((s: { key: string }) => s.key === "atobarai")).toEqual({
      key: "atobarai",
      state: "degraded",
      paymentMethods: { unavailable: ["credit-card", "convenience-store", "kuroneko-pay"], degraded: [], available: ["au-easy-payment", "bank-transfer"] },
    });
    expect(detail.affected.paymentMethods).not.toContain("bank-transfer");
  });

  it("conforms to the OpenAPI document, content included", async () => {
    for (const slug of [notice000.slug, notice001.slug]) {
      const detail = JSON.parse((await noticeDetailDocument(slug))!.body);
      expect(checkSchema(detail, schema("NoticeDetail"), openapi)).toEqual([]);
    }
  });

  it("is null for an unknown slug and for a notice never published", async () => {
    expect(await noticeDetailDocument("no-such-notice")).toBeNull();
    const { notice } = await draftNotice();
    expect(await noticeDetailDocument(notice.slug)).toBeNull();
  });
});
