import { describe, expect, it } from "vitest";
import {
  amendmentBadge,
  amendmentBanner,
  endState,
  endStateText,
  latestVisibleAmendment,
  nextStatusChange,
  noticeStatus,
  numberBlocks,
  numberSections,
  reportLabel,
  sectionAmendedMarker,
  statedDate,
  titleSuffix,
  windowAmendment,
} from "./derive";

const jst = (iso: string) => new Date(`${iso}+09:00`);

describe("titleSuffix", () => {
  it("derives 「※7/23 追記あり」 from the amendment date in Japan time", () => {
    expect(titleSuffix({ type: "ADDENDUM", publishedAt: jst("2019-07-23T10:00:00") }, "ja")).toBe("※7/23 追記あり");
    // 00:30 JST on 7/23 is still 7/22 in UTC: the date must be Japan's
    expect(titleSuffix({ type: "ADDENDUM", publishedAt: jst("2019-07-23T00:30:00") }, "ja")).toBe("※7/23 追記あり");
    expect(titleSuffix({ type: "ADDENDUM", publishedAt: jst("2019-07-23T10:00:00") }, "en")).toBe("(Updated 23 Jul: addendum)");
  });
  it("words the news-like types without あり", () => {
    expect(titleSuffix({ type: "EXTENSION", publishedAt: jst("2019-07-29T06:30:00") }, "ja")).toBe("※7/29 延長");
    expect(titleSuffix({ type: "CORRECTION", publishedAt: jst("2019-07-24T09:00:00") }, "ja")).toBe("※7/24 訂正あり");
  });
  it("shows nothing for no amendment or a 表記修正", () => {
    expect(titleSuffix(null, "ja")).toBeNull();
    expect(titleSuffix({ type: "EDITORIAL", publishedAt: jst("2019-07-24T09:00:00") }, "ja")).toBeNull();
  });
});

describe("latestVisibleAmendment", () => {
  it("ignores 表記修正 when choosing the latest amendment", () => {
    const addendum = { type: "ADDENDUM" as const, publishedAt: jst("2019-07-23T10:00:00") };
    const editorial = { type: "EDITORIAL" as const, publishedAt: jst("2019-07-25T10:00:00") };
    expect(latestVisibleAmendment([addendum, editorial])).toBe(addendum);
    expect(latestVisibleAmendment([editorial])).toBeNull();
  });
});

describe("amendmentBanner", () => {
  it("reproduces the banner of reference notice 000", () => {
    const banner = amendmentBanner(
      jst("2019-06-22T10:00:00"),
      {
        type: "ADDENDUM",
        publishedAt: jst("2019-07-23T10:00:00"),
        sections: [{ number: "3", heading: "メンテナンスによる本与信および日中警報(初回)の遅延について" }],
      },
      "ja",
    );
    expect(banner).toBe(
      "6月22日に掲載した本お知らせについて、「3. メンテナンスによる本与信および日中警報(初回)の遅延について」を追記いたしました。 お手数をおかけしますが、ご確認をお願い申し上げます。",
    );
  });
  it("has an English version and none for a 表記修正", () => {
    const amendment = { type: "ADDENDUM" as const, publishedAt: jst("2019-07-23T10:00:00"), sections: [{ number: "3", heading: "Delays" }] };
    expect(amendmentBanner(jst("2019-06-22T10:00:00"), amendment, "en")).toBe(
      "Regarding this notice, first published on 22 June: “3. Delays” — addendum on 23 July. Please check it again.",
    );
    expect(amendmentBanner(jst("2019-06-22T10:00:00"), { ...amendment, type: "EDITORIAL" }, "ja")).toBeNull();
  });
});

describe("sectionAmendedMarker", () => {
  it("reads (7月23日追記)", () => {
    expect(sectionAmendedMarker({ type: "ADDENDUM", publishedAt: jst("2019-07-23T10:00:00") }, "ja")).toBe("(7月23日追記)");
    expect(sectionAmendedMarker({ type: "ADDENDUM", publishedAt: jst("2019-07-23T10:00:00") }, "en")).toBe("(Addendum, 23 July)");
  });
});

describe("numbering", () => {
  it("numbers body sections and attachments separately", () => {
    const numbered = numberSections(
      [{ kind: "BODY" as const }, { kind: "BODY" as const }, { kind: "ATTACHMENT" as const }, { kind: "ATTACHMENT" as const }],
      "ja",
    );
    expect(numbered.map((s) => s.label)).toEqual(["1.", "2.", "資料 1", "資料 2"]);
    expect(numberSections([{ kind: "ATTACHMENT" as const }], "en")[0]!.label).toBe("Attachment 1");
  });
  it("numbers only the numbered blocks of a section", () => {
    expect(numberBlocks([{ numbered: true }, { numbered: false }, { numbered: true }]).map((b) => b.itemNumber)).toEqual([1, null, 2]);
  });
  it("labels incident reports 第N報 and 回復報", () => {
    const history = [{ number: 1 }, { number: 2, amendment: { type: "FOLLOW_UP" as const } }, { number: 3, amendment: { type: "RECOVERY" as const } }];
    expect(reportLabel("INCIDENT", history, 1, "ja")).toBe("第1報");
    expect(reportLabel("INCIDENT", history, 2, "ja")).toBe("第2報");
    expect(reportLabel("INCIDENT", history, 2, "en")).toBe("Report 2");
    expect(reportLabel("INCIDENT", history, 3, "ja")).toBe("回復報");
    expect(reportLabel("SCHEDULED", [{ number: 1 }, { number: 2, amendment: { type: "ADDENDUM" as const } }], 2, "ja")).toBeNull();
  });
  it("counts published 続報, not revision numbers: a 表記修正 or 訂正 in between skips no report", () => {
    const history = [
      { number: 1 },
      { number: 2, amendment: { type: "EDITORIAL" as const } },
      { number: 3, amendment: { type: "FOLLOW_UP" as const } },
      { number: 4, amendment: { type: "CORRECTION" as const } },
      { number: 5, amendment: { type: "FOLLOW_UP" as const } },
    ];
    expect([1, 2, 3, 4, 5].map((n) => reportLabel("INCIDENT", history, n, "ja"))).toEqual(["第1報", "第1報", "第2報", "第2報", "第3報"]);
  });
});

describe("noticeStatus", () => {
  const window = { startsAt: jst("2019-07-29T02:00:00"), endsAt: jst("2019-07-29T07:00:00"), status: "SCHEDULED" as const };
  it("is upcoming, in progress or past from the windows and the time", () => {
    expect(noticeStatus([window], jst("2019-07-28T12:00:00"))).toBe("upcoming");
    expect(noticeStatus([window], jst("2019-07-29T02:00:00"))).toBe("in-progress");
    expect(noticeStatus([window], jst("2019-07-29T07:00:00"))).toBe("past");
  });
  it("ignores cancelled windows", () => {
    expect(noticeStatus([{ ...window, status: "CANCELLED" }], jst("2019-07-29T03:00:00"))).toBe("past");
  });
  it("names the next instant the status changes", () => {
    expect(nextStatusChange([window], jst("2019-07-28T12:00:00"))).toEqual(window.startsAt);
    expect(nextStatusChange([window], jst("2019-07-29T03:00:00"))).toEqual(window.endsAt);
    expect(nextStatusChange([window], jst("2019-07-29T08:00:00"))).toBeNull();
  });
});

describe("amendmentBadge", () => {
  it("reads like the title suffix, without the date", () => {
    expect(amendmentBadge("ADDENDUM", "ja")).toBe("追記あり");
    expect(amendmentBadge("CORRECTION", "ja")).toBe("訂正あり");
    expect(amendmentBadge("EXTENSION", "ja")).toBe("延長");
    expect(amendmentBadge("CANCELLATION", "ja")).toBe("中止");
    expect(amendmentBadge("ADDENDUM", "en")).toBe("Updated");
    expect(amendmentBadge("CANCELLATION", "en")).toBe("Cancelled");
  });
});

describe("dates that are unknown", () => {
  const backfill = { publishedAt: jst("2026-11-29T12:00:00"), publishedAtKnown: false };
  it("states no date for a backfill whose letter gives none, only a known one", () => {
    expect(statedDate(backfill)).toBeNull();
    expect(statedDate({ ...backfill, publishedAtKnown: true })).toEqual(backfill.publishedAt);
  });
  it("leaves the date out of the suffix, the marker and the banner instead of guessing", () => {
    const amendment = { type: "ADDENDUM" as const, publishedAt: null };
    expect(titleSuffix(amendment, "ja")).toBe("※追記あり");
    expect(titleSuffix(amendment, "en")).toBe("(Updated: addendum)");
    expect(sectionAmendedMarker(amendment, "ja")).toBe("(追記)");
    expect(sectionAmendedMarker(amendment, "en")).toBe("(Addendum)");
    const sections = [{ number: "3", heading: "遅延について" }];
    expect(amendmentBanner(null, { ...amendment, sections }, "ja")).toBe(
      "本お知らせについて、「3. 遅延について」を追記いたしました。 お手数をおかけしますが、ご確認をお願い申し上げます。",
    );
    expect(amendmentBanner(null, { ...amendment, sections: [{ number: "3", heading: "Delays" }] }, "en")).toBe(
      "Regarding this notice: “3. Delays” — addendum. Please check it again.",
    );
  });
});

describe("endState", () => {
  const window = { startsAt: jst("2019-07-29T02:00:00"), endsAt: jst("2019-07-29T07:00:00"), status: "SCHEDULED" as const };
  const after = jst("2019-08-01T00:00:00");
  it("says nothing until the windows are over", () => {
    expect(endState([window], null, jst("2019-07-29T03:00:00"))).toBeNull();
    expect(endState([window], null, jst("2019-07-28T00:00:00"))).toBeNull();
    expect(endState([], null, after)).toBeNull();
  });
  it("ended as planned when no amendment changed the windows", () => {
    const state = endState([window], null, after)!;
    expect(endStateText(state, "ja")).toBe("予定どおり終了しました");
    expect(endStateText(state, "en")).toBe("Ended as planned");
  });
  it("ended as amended: when, and by which amendment", () => {
    const extended = { ...window, endsAt: jst("2019-07-29T08:00:00") };
    const state = endState([extended], "EXTENSION", after)!;
    expect(state).toEqual({ kind: "as-amended", amendment: "EXTENSION", endedAt: extended.endsAt });
    expect(endStateText(state, "ja")).toBe("7月29日 午前8:00に終了しました（延長）");
    expect(endStateText(state, "en")).toBe("Ended on 29 July at 8:00 JST (as amended: extension)");
  });
  it("was cancelled when every window was", () => {
    const state = endState([{ ...window, status: "CANCELLED" }], "CANCELLATION", after)!;
    expect(endStateText(state, "ja")).toBe("中止されました");
    expect(endStateText(state, "en")).toBe("Cancelled");
  });
});

describe("windowAmendment", () => {
  const at = (day: number) => jst(`2019-07-${day}T10:00:00`);
  it("is the latest visible amendment that names windows or is a 延長 or 中止", () => {
    const addendum = { type: "ADDENDUM" as const, publishedAt: at(23), windowKeys: [] };
    const change = { type: "CHANGE" as const, publishedAt: at(24), windowKeys: ["main"] };
    const extension = { type: "EXTENSION" as const, publishedAt: at(29), windowKeys: [] };
    const editorial = { type: "EDITORIAL" as const, publishedAt: at(30), windowKeys: ["main"] };
    expect(windowAmendment([addendum])).toBeNull();
    expect(windowAmendment([addendum, change])).toBe(change);
    expect(windowAmendment([extension, change, addendum, editorial])).toBe(extension);
  });
});
