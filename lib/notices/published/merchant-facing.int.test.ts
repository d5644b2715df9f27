// What a merchant reads of the two reference notices, as stored and read back: no
// invented publication date, each notice's own contact punctuation, the condition of
// 001's merchant action, and how a past notice ended (issue 8, "Merchant-facing corrections").
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { noticeDetailDocument, noticeListDocument } from "@/lib/api/documents";
import { buildHistoryView } from "@/lib/notices/history/history";
import { loadHistory } from "@/lib/notices/history/load-history";
import { buildNoticeView } from "@/lib/notices/page/view";
import { commandMessages, publishRevision, type PublishOptions } from "@/lib/notices/commands";
import { amendmentDraft, as, submitAndApprove, versionOf } from "@/lib/notices/commands/test-support";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { draftNotice, minimalContent } from "@/test/db-helpers";
import { loadNotice } from "./load-notice";

beforeAll(async () => {
  await seed();
});

const listing = (slug: string) => db.noticeListing.findFirstOrThrow({ where: { slug } });

/** Writes, submits, approves and publishes as a backfill a revision; `date` null: its date is unknown. */
async function backfill(noticeId: string, basedOnId: string, content: RevisionContentInput, date: Date | null) {
  const draft = await amendmentDraft(noticeId, content);
  expect(draft.basedOnId).toBe(basedOnId);
  await publish(draft.id, { backfill: true, ...(date ? { publishedAt: date } : { publishedAtUnknown: true }) });
  return draft;
}

/** Submits, approves and publishes the revision with `options`. */
async function publish(revisionId: string, options: PublishOptions) {
  const { approver } = await submitAndApprove(revisionId);
  return as(approver, async (c) => publishRevision(c, { revisionId, version: await versionOf(revisionId), ...options }));
}

/** The approver publishes an approved revision with `options`. */
const publishApproved = (revisionId: string, approver: string, options: PublishOptions) =>
  as(approver, async (c) => publishRevision(c, { revisionId, version: await versionOf(revisionId), ...options }));

/** A draft of a notice whose window is `hoursFromNow` away, submitted and approved, ready to publish. */
async function approved(hoursFromNow: number) {
  const draft = await draftNotice(minimalContent(hoursFromNow));
  const { approver } = await submitAndApprove(draft.revision.id);
  return { ...draft, approver };
}

describe("no invented publication date", () => {
  it("stores 001 (its letter states no date) as a backfill whose date is unknown, 000 with its stated dates", async () => {
    const [r001] = await db.revision.findMany({ where: { notice: { slug: notice001.slug } } });
    expect(r001).toMatchObject({ backfill: true, publishedAtKnown: false });
    const r000 = await db.revision.findMany({ where: { notice: { slug: notice000.slug } }, orderBy: { number: "asc" } });
    expect(r000.map((r) => [r.publishedAtKnown, r.publishedAt])).toEqual([
      [true, new Date("2019-06-22T01:00:00Z")],
      [true, new Date("2019-07-23T01:00:00Z")],
    ]);
  });

  it("gives the index no date for 001 and 000's first publication", async () => {
    expect((await listing(notice001.slug)).firstPublishedAt).toBeNull();
    expect(await listing(notice000.slug)).toMatchObject({ firstPublishedAt: notice000.firstPublishedAt, amendedAt: notice000.amendedAt });
  });

  it("shows no date on 001's page and history", async () => {
    const view = buildNoticeView((await loadNotice(notice001.slug))!, "ja", new Date());
    expect([view.dateText, view.amendedDateText, view.publishedAt]).toEqual([null, null, null]);
    const history = buildHistoryView((await loadHistory(notice001.slug))!, "ja");
    expect(history.entries.map((e) => [e.number, e.dateText, e.publishedAt])).toEqual([[1, null, null]]);
  });

  it("answers null in the JSON API where the date is unknown", async () => {
    const detail = JSON.parse((await noticeDetailDocument(notice001.slug))!.body);
    expect(detail).toMatchObject({ publishedAt: null, firstPublishedAt: null, updatedAt: null });
    expect(detail.history).toEqual([{ number: 1, publishedAt: null, amendment: null }]);
    const listed = await noticeListDocument();
    if ("problem" in listed) throw new Error(`the list refused no parameters: ${JSON.stringify(listed.problem)}`);
    const item = JSON.parse(listed.body).notices.find((n: { slug: string }) => n.slug === notice000.slug);
    expect(item).toMatchObject({ firstPublishedAt: "2019-06-22T01:00:00.000Z", updatedAt: "2019-07-23T01:00:00.000Z" });
  });

  it("requires a backfill to give its original date or to say it is unknown, and changes nothing otherwise", async () => {
    const { revision, approver } = await approved(-48);
    const publish = (options: PublishOptions) => publishApproved(revision.id, approver, { backfill: true, ...options });
    await expect(publish({})).rejects.toMatchObject({ field: "publishedAt", message: commandMessages.backfillDate });
    await expect(publish({ publishedAt: new Date("2020-01-01T00:00:00Z"), publishedAtUnknown: true })).rejects.toMatchObject({ field: "publishedAt" });
    expect((await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).status).toBe("APPROVED");
    await publish({ publishedAtUnknown: true });
    expect(await db.revision.findUniqueOrThrow({ where: { id: revision.id } })).toMatchObject({ status: "PUBLISHED", publishedAtKnown: false });
  });

  it("refuses an unknown date outside a backfill, in the workflow and in the database", async () => {
    const { revision, approver } = await approved(48);
    await expect(publishApproved(revision.id, approver, { publishedAtUnknown: true })).rejects.toMatchObject({
      field: "publishedAt",
      message: commandMessages.unknownDateOnlyBackfill,
    });
    await expect(db.revision.update({ where: { id: revision.id }, data: { publishedAtKnown: false } })).rejects.toThrow(
      /Revision_unknown_date_only_backfill/,
    );
  });

  it("leaves out the date of an amendment backfilled without one, keeping the first publication's", async () => {
    const { notice, revision, approver } = await approved(-48);
    await publishApproved(revision.id, approver, { backfill: true, publishedAt: new Date("2020-01-10T01:00:00Z") });
    await backfill(notice.id, revision.id, { ...minimalContent(-48), amendment: { type: "ADDENDUM", summary: { ja: "追記" } } }, null);
    expect(await listing(notice.slug)).toMatchObject({ firstPublishedAt: new Date("2020-01-10T01:00:00Z"), amendmentType: "ADDENDUM", amendedAt: null });
    const view = buildNoticeView((await loadNotice(notice.slug))!, "ja", new Date());
    expect(view.titleSuffix).toBe("※追記あり");
    expect(view.amendedDateText).toBeNull();
  });
});

describe("how a past notice ended", () => {
  it("is as planned for the reference notices: their amendment did not touch the windows", async () => {
    expect((await listing(notice000.slug)).windowAmendmentType).toBeNull();
    expect((await listing(notice001.slug)).windowAmendmentType).toBeNull();
  });

  it("follows the latest amendment that changed the windows, in the listing and on the page", async () => {
    const { notice, revision, approver } = await approved(-48);
    await publishApproved(revision.id, approver, { backfill: true, publishedAt: new Date(Date.now() - 72 * 3_600_000) });
    const base = minimalContent(-48);
    const longer = { ...base, windows: base.windows!.map((w) => ({ ...w, endsAt: new Date(new Date(w.endsAt as string).getTime() + 3_600_000).toISOString() })) };
    const extension = await backfill(notice.id, revision.id, { ...longer, amendment: { type: "EXTENSION", summary: { ja: "1時間延長" }, windowKeys: ["main"] } }, null);
    await backfill(notice.id, extension.id, { ...longer, amendment: { type: "ADDENDUM", summary: { ja: "追記" } } }, null);
    // the latest amendment is an addendum; the windows were last changed by the extension
    expect(await listing(notice.slug)).toMatchObject({ amendmentType: "ADDENDUM", windowAmendmentType: "EXTENSION" });
    const view = buildNoticeView((await loadNotice(notice.slug))!, "ja", new Date());
    expect(view.ended).toMatchObject({ kind: "as-amended" });
    expect(view.ended!.text).toMatch(/に終了しました（延長）$/);
  });
});

describe("each notice's own contact punctuation, frozen", () => {
  it("keeps 000's half-width marks and 001's full-width ones, though the record now says full-width", async () => {
    const snapshot = async (slug: string) =>
      (await db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug } } })).contactSnapshot as { punctuation: string };
    expect((await snapshot(notice000.slug)).punctuation).toBe("HALF_WIDTH");
    expect((await snapshot(notice001.slug)).punctuation).toBe("FULL_WIDTH");
    expect((await db.contact.findUniqueOrThrow({ where: { key: "customer-service" } })).punctuation).toBe("FULL_WIDTH");
  });
});

describe("the condition of a merchant action", () => {
  it("is stored with 001 and read back; a conditional action without one is refused and nothing is written", async () => {
    const revision = await db.revision.findFirstOrThrow({ where: { status: "PUBLISHED", notice: { slug: notice001.slug } } });
    expect(revision).toMatchObject({ merchantAction: "CONDITIONAL" });
    expect(revision.merchantActionConditionJa).toContain("既存の固定値以外を受け取れない仕組みとしている場合");
    expect(revision.merchantActionConditionEn).toContain("settleMethod");
    const before = await db.revision.count();
    await expect(draftNotice(minimalContent(24, { merchantAction: { level: "CONDITIONAL", text: { ja: "作業はございません。" } } }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["merchantAction", "condition"] })],
    });
    expect(await db.revision.count()).toBe(before);
  });
});
