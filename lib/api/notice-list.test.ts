import { describe, expect, it } from "vitest";
import { feedNotice } from "@/lib/feeds/test-fixtures";
import { siteUrl } from "@/lib/site-url";
import { noticeList, noticeListItem, statusChangedAt } from "./notice-list";

const window = (start: string, end: string, status: "SCHEDULED" | "CANCELLED" = "SCHEDULED") => ({ startsAt: new Date(start), endsAt: new Date(end), status });

describe("statusChangedAt", () => {
  const windows = [window("2019-07-28T17:00:00Z", "2019-07-28T22:00:00Z"), window("2019-07-29T17:00:00Z", "2019-07-29T22:00:00Z", "CANCELLED")];

  it("is the latest edge of a live window at or before the instant", () => {
    expect(statusChangedAt(windows, new Date("2019-07-28T16:59:59Z"))).toBeNull();
    expect(statusChangedAt(windows, new Date("2019-07-28T18:00:00Z"))).toEqual(new Date("2019-07-28T17:00:00Z"));
    expect(statusChangedAt(windows, new Date("2019-07-28T22:00:00Z"))).toEqual(new Date("2019-07-28T22:00:00Z"));
    // a cancelled window changes no status
    expect(statusChangedAt(windows, new Date("2019-08-01T00:00:00Z"))).toEqual(new Date("2019-07-28T22:00:00Z"));
  });
});

describe("noticeListItem", () => {
  it("gives keys, ISO-ready instants, the derived status and both URLs", () => {
    const item = noticeListItem(feedNotice([{ type: "ADDENDUM", at: "2019-07-23T01:00:00Z" }]), new Date("2019-07-28T18:00:00Z"));
    expect(item).toMatchObject({
      slug: "2019-07-29-webcollect-scheduled-maintenance",
      status: "in-progress",
      updatedAt: new Date("2019-07-23T01:00:00Z"),
      amendment: { type: "ADDENDUM" },
      url: { ja: siteUrl("/notices/2019-07-29-webcollect-scheduled-maintenance"), en: siteUrl("/en/notices/2019-07-29-webcollect-scheduled-maintenance") },
    });
    expect(JSON.parse(JSON.stringify(item)).windows[0]).toEqual({ key: "main", startsAt: "2019-07-28T17:00:00.000Z", endsAt: "2019-07-28T22:00:00.000Z", status: "SCHEDULED", channelKeys: [] });
  });
});

describe("noticeList", () => {
  it("puts the newest window first and notices without windows last, ties by slug", () => {
    const older = feedNotice([], { slug: "b-older" });
    older.windows = [{ ...older.windows[0]!, startsAt: new Date("2018-01-01T00:00:00Z"), endsAt: new Date("2018-01-01T01:00:00Z") }];
    const undated = feedNotice([], { slug: "a-information" });
    undated.windows = [];
    const { notices } = noticeList([undated, older, feedNotice()], new Date("2026-01-01T00:00:00Z"));
    expect(notices.map((n) => n.slug)).toEqual(["2019-07-29-webcollect-scheduled-maintenance", "b-older", "a-information"]);
  });
});
