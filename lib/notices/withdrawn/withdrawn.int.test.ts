// A withdrawn notice on the public surfaces (ADR 0012), and Decision 2 for every
// public reader: renaming the issuer after publication rewrites no published text.
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { noticeDetailDocument, noticeListDocument } from "@/lib/api/documents";
import { atomFeedDocument, calendarDocument, noticeCalendarDocument } from "@/lib/feeds/documents";
import { withdrawNotice } from "@/lib/notices/commands";
import { as, publishedAmendment } from "@/lib/notices/commands/test-support";
import { loadNotice } from "@/lib/notices/published/load-notice";
import { buildNoticeView } from "@/lib/notices/page/view";
import { findNoticePage } from "@/lib/notices/listing/listing";
import { emptyIndexQuery } from "@/lib/notices/listing/query";
import * as notice000 from "@/prisma/seed/notice-000";
import { seed } from "@/prisma/seed";
import { minimalContent, publishedNotice, staffIds } from "@/test/db-helpers";
import { windowUid } from "@/lib/feeds/ids";
import { getWithdrawnNotice, listWithdrawnSlugs } from "./queries";

beforeAll(async () => {
  await seed();
});

const events = (ics: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");

/** A published notice with one visible amendment, then withdrawn. */
async function withdrawn(reason = "実施を見送ったため") {
  const { approver } = await staffIds();
  const { notice } = await publishedNotice(minimalContent(48, { title: { ja: "取り下げるお知らせ", en: "A notice to withdraw" } }));
  await publishedAmendment(notice.id, {
    ...minimalContent(48, { title: { ja: "取り下げるお知らせ(変更)", en: "A notice to withdraw (changed)" } }),
    amendment: { type: "CHANGE", summary: { ja: "題を変更" } },
  });
  await as(approver, (c) => withdrawNotice(c, { noticeId: notice.id, reason }));
  return db.notice.findUniqueOrThrow({ where: { id: notice.id } });
}

describe("a withdrawn notice", () => {
  it("is read back with the title it had, when and why it was withdrawn", async () => {
    const notice = await withdrawn();
    expect(await getWithdrawnNotice(notice.slug)).toEqual({
      slug: notice.slug,
      title: { ja: "取り下げるお知らせ(変更)", en: "A notice to withdraw (changed)" },
      withdrawnAt: notice.withdrawnAt,
      reason: "実施を見送ったため",
    });
    expect(await listWithdrawnSlugs()).toContain(notice.slug);
  });

  it("is not read as withdrawn while published, nor when unknown", async () => {
    const { notice } = await publishedNotice();
    expect(await getWithdrawnNotice(notice.slug)).toBeNull();
    expect(await getWithdrawnNotice("no-such-notice")).toBeNull();
    expect(await listWithdrawnSlugs()).not.toContain(notice.slug);
  });

  it("leaves the public reads, the index's JSON, the feed and the site's calendar", async () => {
    const notice = await withdrawn();
    expect(await loadNotice(notice.slug)).toBeNull();
    expect(await noticeDetailDocument(notice.slug)).toBeNull();
    const list = await noticeListDocument();
    if ("problem" in list) throw new Error("the list refused no parameters");
    expect(list.body).not.toContain(notice.slug);
    expect((await atomFeedDocument("ja")).body).not.toContain(notice.slug);
    expect((await calendarDocument("en")).body).not.toContain(notice.slug);
  });

  it("keeps its own calendar, every window cancelled with a SEQUENCE above the last amendment's", async () => {
    const notice = await withdrawn();
    for (const locale of ["ja", "en"] as const) {
      const document = await noticeCalendarDocument(notice.slug, locale);
      expect(document).not.toBeNull();
      const [event, ...rest] = events(document!.body);
      expect(rest).toEqual([]);
      expect(event!.getFirstPropertyValue("uid")).toBe(windowUid(notice.slug, "main"));
      expect(event!.getFirstPropertyValue("status")).toBe("CANCELLED");
      // one visible amendment (SEQUENCE 1 while published), then the withdrawal
      expect(event!.getFirstPropertyValue("sequence")).toBe(2);
      // stamped at the withdrawal (iCalendar counts whole seconds)
      expect((event!.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate()).toEqual(new Date(Math.floor(notice.withdrawnAt!.getTime() / 1000) * 1000));
      expect(String(event!.getFirstPropertyValue("description"))).toContain(locale === "ja" ? "(取り下げ)" : "(Withdrawn)");
    }
  });
});

describe("published means frozen (Decision 2) for every public reader", () => {
  it("keeps the issuer's name a notice was published with on its page, in the API and the feeds after a rename", async () => {
    const { notice } = await publishedNotice(minimalContent(48, { signed: true }));
    const issuer = await db.issuer.findFirstOrThrow({ where: { id: notice.issuerId } });
    const published = { ja: issuer.nameJa, en: issuer.nameEn };
    const read = async () => ({
      page: buildNoticeView((await loadNotice(notice.slug))!, "en", new Date()).issuerName,
      api: JSON.parse((await noticeDetailDocument(notice.slug))!.body).issuer.nameJa,
      feedJa: (await atomFeedDocument("ja")).body,
      feedEn: (await atomFeedDocument("en")).body,
    });
    const before = await read();
    await db.issuer.update({ where: { id: issuer.id }, data: { nameJa: "改名後の株式会社", nameEn: "Renamed Ltd." } });
    try {
      const after = await read();
      expect(after.page).toEqual(before.page);
      expect(JSON.stringify(after.page)).toContain(published.en ?? published.ja);
      expect(after.api).toBe(published.ja);
      for (const feed of [after.feedJa, after.feedEn]) expect(feed).not.toMatch(/改名後の株式会社|Renamed Ltd\./);
      expect(after.feedJa).toContain(`<name>${published.ja}</name>`);
    } finally {
      await db.issuer.update({ where: { id: issuer.id }, data: { nameJa: published.ja, nameEn: published.en } });
    }
  });

  it("keeps the services' names the index shows for a notice after the catalog renames them", async () => {
    const listed = async () => (await findNoticePage(emptyIndexQuery, 100)).notices.find((n) => n.slug === notice000.slug)!;
    const before = await listed();
    expect(before.serviceNames.length).toBeGreaterThan(0);
    const key = before.serviceKeys[0]!;
    const service = await db.service.findUniqueOrThrow({ where: { key } });
    await db.service.update({ where: { key }, data: { nameJa: "改名後のサービス", nameEn: "Renamed service" } });
    try {
      expect((await listed()).serviceNames).toEqual(before.serviceNames);
      expect(before.serviceNames[0]).toEqual({ ja: service.nameJa, en: service.nameEn });
    } finally {
      await db.service.update({ where: { key }, data: { nameJa: service.nameJa, nameEn: service.nameEn } });
    }
  });
});
