import { describe, expect, it } from "vitest";
import { lastModifiedOf } from "./feed-notice";
import { feedNotice, undatedNotice } from "./test-fixtures";

describe("toFeedNotice", () => {
  it("dates a notice never amended by its first publication", () => {
    const notice = feedNotice();
    expect(notice.firstPublishedAt).toEqual(new Date("2019-06-22T01:00:00Z"));
    expect(notice.updatedAt).toEqual(new Date("2019-06-22T01:00:00Z"));
    expect(notice.amendment).toBeNull();
    expect(notice.visibleAmendments).toBe(0);
  });

  it("dates an amended notice by its latest amendment, with the summary", () => {
    const notice = feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }]);
    expect(notice.updatedAt).toEqual(new Date("2019-07-23T01:00:00Z"));
    expect(notice.amendment).toMatchObject({ type: "ADDENDUM", summary: { ja: "「3. 遅延について」を追記" } });
    expect(notice.visibleAmendments).toBe(1);
  });

  it("lets a 表記修正 change neither the date nor the count, only Last-Modified", () => {
    const notice = feedNotice([
      { type: "ADDENDUM", at: "2019-07-23T01:00:00Z" },
      { type: "EDITORIAL", at: "2019-07-24T01:00:00Z" },
    ]);
    expect(notice.updatedAt).toEqual(new Date("2019-07-23T01:00:00Z"));
    expect(notice.amendment?.type).toBe("ADDENDUM");
    expect(notice.visibleAmendments).toBe(1);
    expect(notice.changedAt).toEqual(new Date("2019-07-24T01:00:00Z"));
  });

  it("states no date where a backfill's original date is unknown, and stamps feeds with the backfill's instant", () => {
    const notice = undatedNotice("2026-11-29T03:00:00Z");
    expect(notice.firstPublishedAt).toBeNull();
    expect(notice.updatedAt).toBeNull();
    expect(notice.stampedAt).toEqual(new Date("2026-11-29T03:00:00Z"));
  });

  it("takes the later of the row's write and the publications for changedAt (backfills carry old dates)", () => {
    const notice = feedNotice([], { changedAt: new Date("2026-11-23T00:00:00Z") });
    expect(notice.changedAt).toEqual(new Date("2026-11-23T00:00:00Z"));
  });
});

describe("lastModifiedOf", () => {
  it("is the latest change of the notices or of the set, null for nothing", () => {
    const a = { changedAt: new Date("2020-01-01T00:00:00Z") };
    const b = { changedAt: new Date("2021-01-01T00:00:00Z") };
    expect(lastModifiedOf([a, b], null)).toEqual(b.changedAt);
    expect(lastModifiedOf([a], new Date("2022-01-01T00:00:00Z"))).toEqual(new Date("2022-01-01T00:00:00Z"));
    expect(lastModifiedOf([], null)).toBeNull();
  });
});
