import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/site-url";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { draftNotice } from "@/test/db-helpers";
import { checkSchema } from "@/test/json-schema-check";
import { noticeDetailDocument, noticeListDocument, openApiJsonDocument } from "./documents";

beforeAll(async () => {
  await seed();
});

type Item = { slug: string; affected: { services: string[]; paymentMethods: string[]; channels: string[]; audiences: string[] }; [key: string]: unknown };
const list = async () => JSON.parse((await noticeListDocument()).body) as { notices: Item[] };
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

  it("collects the catalog keys the impact tables name, a channel naming its service", async () => {
    const scheduled = await itemOf(notice000.slug);
    expect(scheduled.affected.channels).toContain("kuroneko-pay-modal");
    expect(scheduled.affected.services).toContain("webcollect");
    expect(scheduled.affected.audiences.length).toBeGreaterThan(0);
    const extraordinary = await itemOf(notice001.slug);
    expect(extraordinary.affected.paymentMethods).toContain("kuroneko-pay");
    expect(extraordinary.affected.services).toEqual(expect.arrayContaining(["webcollect", "atobarai"]));
    // its letter states no publication date: the API says none rather than a made-up one
    expect(extraordinary).toMatchObject({ amendment: null, firstPublishedAt: null, updatedAt: null });
  });

  it("answers with every property the OpenAPI document requires of a list item", async () => {
    const body = await list();
    expect(checkSchema(body, schema("NoticeList"), openapi)).toEqual([]);
    // the checker is not vacuous: it reports what an item lacks
    expect(checkSchema({ notices: [{ slug: "x" }] }, schema("NoticeList"), openapi)).toContain("$.notices[0].windows: missing (required)");
    for (const item of body.notices) for (const key of schema("NoticeListItem").required) expect(item).toHaveProperty(key);
  });

  it("dates the list no earlier than the last window edge that changed a status", async () => {
    const { lastModified } = await noticeListDocument();
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
