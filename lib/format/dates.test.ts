import { describe, expect, it } from "vitest";
import {
  DASH_EN,
  TILDE_JA,
  formatApproxPeriod,
  formatDateEn,
  formatDateTime,
  formatDateJa,
  formatDateTimeEn,
  formatDateTimeJa,
  formatDuration,
  formatMonthDayEn,
  formatMonthDayJa,
  formatScreenPeriodEn,
  formatScreenPeriodJa,
  formatShortDateEn,
  formatShortDateJa,
  formatWindowEn,
  formatWindowJa,
} from "./index";

// Instants are written in UTC; the comments give them in Japan time. Run under several
// TZ values: the expected strings must not change.
const at = (iso: string): Date => new Date(iso);

// The seed notices' windows.
const seed1 = [at("2019-07-28T17:00:00Z"), at("2019-07-28T22:00:00Z")] as const; // 7/29 (Mon) 02:00–07:00
const seed2 = [at("2020-04-19T17:00:00Z"), at("2020-04-19T21:00:00Z")] as const; // 4/20 (Mon) 02:00–06:00
const overnight = [at("2019-07-28T14:00:00Z"), at("2019-07-28T17:00:00Z")] as const; // 7/28 (Sun) 23:00 – 7/29 02:00
const halfHour = [at("2019-07-28T17:00:00Z"), at("2019-07-28T21:30:00Z")] as const; // 7/29 02:00–06:30
const short = [at("2019-07-28T17:00:00Z"), at("2019-07-28T17:45:00Z")] as const; // 7/29 02:00–02:45
const noon = [at("2019-07-29T03:00:00Z"), at("2019-07-29T05:30:00Z")] as const; // 7/29 12:00–14:30
const morningToAfternoon = [at("2019-07-29T01:00:00Z"), at("2019-07-29T04:00:00Z")] as const; // 10:00–13:00
const toMidnight = [at("2019-07-29T13:00:00Z"), at("2019-07-29T15:00:00Z")] as const; // 7/29 22:00 – 7/30 00:00
const fromMidnight = [at("2019-07-29T15:00:00Z"), at("2019-07-29T17:00:00Z")] as const; // 7/30 00:00–02:00
const newYear = [at("2019-12-31T13:00:00Z"), at("2019-12-31T17:00:00Z")] as const; // 12/31 (Tue) 22:00 – 1/1 (Wed) 02:00

describe("range signs", () => {
  it("are one fullwidth tilde in Japanese and one en dash in English", () => {
    expect(TILDE_JA).toBe("\uFF5E");
    expect(DASH_EN).toBe("\u2013");
  });
});

describe("formatWindowJa", () => {
  it("prints the seed windows as the notices do", () => {
    expect(formatWindowJa(...seed1)).toBe("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    expect(formatWindowJa(...seed2)).toBe("2020年4月20日(月) 午前2:00～6:00 (4時間)");
  });

  it("shows both dates across midnight, the year once", () => {
    expect(formatWindowJa(...overnight)).toBe("2019年7月28日(日) 午後11:00～7月29日(月) 午前2:00 (3時間)");
  });

  it("prints minutes in the duration", () => {
    expect(formatWindowJa(...halfHour)).toBe("2019年7月29日(月) 午前2:00～6:30 (4時間30分)");
    expect(formatWindowJa(...short)).toBe("2019年7月29日(月) 午前2:00～2:45 (45分)");
  });

  it("calls noon 午後0:00", () => {
    expect(formatWindowJa(...noon)).toBe("2019年7月29日(月) 午後0:00～2:30 (2時間30分)");
  });

  it("repeats the period when it changes within the day", () => {
    expect(formatWindowJa(...morningToAfternoon)).toBe("2019年7月29日(月) 午前10:00～午後1:00 (3時間)");
  });

  it("puts an end at midnight on the next day as 午前0:00", () => {
    expect(formatWindowJa(...toMidnight)).toBe("2019年7月29日(月) 午後10:00～7月30日(火) 午前0:00 (2時間)");
    expect(formatWindowJa(...fromMidnight)).toBe("2019年7月30日(火) 午前0:00～2:00 (2時間)");
  });

  it("keeps the year on the end when the year changes", () => {
    expect(formatWindowJa(...newYear)).toBe("2019年12月31日(火) 午後10:00～2020年1月1日(水) 午前2:00 (4時間)");
  });

  it("rejects a window that ends before it starts", () => {
    expect(() => formatWindowJa(seed1[1], seed1[0])).toThrow(RangeError);
    expect(() => formatWindowJa(seed1[1], seed1[0])).toThrow(/^window ends before it starts: /);
  });
});

describe("formatScreenPeriodJa", () => {
  it("prints the maintenance screen's period as in the seeds' screenshots", () => {
    expect(formatScreenPeriodJa(...seed1)).toBe("7月29日(月) 2時00分～7時00分");
    expect(formatScreenPeriodJa(...seed2)).toBe("4月20日(月) 2時00分～6時00分");
  });

  it("shows both dates across midnight", () => {
    expect(formatScreenPeriodJa(...overnight)).toBe("7月28日(日) 23時00分～7月29日(月) 2時00分");
    expect(formatScreenPeriodJa(...toMidnight)).toBe("7月29日(月) 22時00分～7月30日(火) 0時00分");
    expect(formatScreenPeriodJa(...newYear)).toBe("12月31日(火) 22時00分～1月1日(水) 2時00分");
  });

  it("uses the 24-hour clock with two-digit minutes", () => {
    expect(formatScreenPeriodJa(...noon)).toBe("7月29日(月) 12時00分～14時30分");
  });
});

describe("Japanese dates", () => {
  it("formatDateJa", () => {
    expect(formatDateJa(seed1[0])).toBe("2019年7月29日(月)");
    expect(formatDateJa(at("2019-12-31T15:00:00Z"))).toBe("2020年1月1日(水)");
  });

  it("formatDateTimeJa (the console's events): the date in Japan time with 午前/午後", () => {
    expect(formatDateTimeJa(seed1[0])).toBe("2019年7月29日(月) 午前2:00");
    expect(formatDateTimeJa(at("2019-07-29T03:00:00Z"))).toBe("2019年7月29日(月) 午後0:00");
    expect(formatDateTimeJa(at("2019-12-31T15:05:00Z"))).toBe("2020年1月1日(水) 午前0:05");
  });

  it("formatDateTimeEn (a withdrawal's moment): the date and year in Japan time", () => {
    expect(formatDateTimeEn(seed1[0])).toBe("Mon, 29 July 2019, 2:00 JST");
    expect(formatDateTimeEn(at("2019-12-31T15:05:00Z"))).toBe("Wed, 1 January 2020, 0:05 JST");
  });

  it("formatMonthDayJa and formatShortDateJa (the amendment date 7/23)", () => {
    const amended = at("2019-07-23T01:00:00Z"); // 7/23 10:00
    expect(formatMonthDayJa(amended)).toBe("7月23日");
    expect(formatShortDateJa(amended)).toBe("7/23");
    // 23:30 on 7/22 in UTC is already 7/23 in Japan
    expect(formatShortDateJa(at("2019-07-22T23:30:00Z"))).toBe("7/23");
  });
});

describe("formatWindowEn", () => {
  it("prints the seed windows", () => {
    expect(formatWindowEn(...seed1)).toBe("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
    expect(formatWindowEn(...seed2)).toBe("Mon, 20 April 2020, 2:00–6:00 JST (4 hours)");
  });

  it("shows both dates across midnight with a spaced dash", () => {
    expect(formatWindowEn(...overnight)).toBe("Sun, 28 July 2019, 23:00 – Mon, 29 July 2019, 2:00 JST (3 hours)");
    expect(formatWindowEn(...toMidnight)).toBe("Mon, 29 July 2019, 22:00 – Tue, 30 July 2019, 0:00 JST (2 hours)");
    expect(formatWindowEn(...newYear)).toBe("Tue, 31 December 2019, 22:00 – Wed, 1 January 2020, 2:00 JST (4 hours)");
  });

  it("prints minutes and noon", () => {
    expect(formatWindowEn(...halfHour)).toBe("Mon, 29 July 2019, 2:00–6:30 JST (4 hours 30 minutes)");
    expect(formatWindowEn(...short)).toBe("Mon, 29 July 2019, 2:00–2:45 JST (45 minutes)");
    expect(formatWindowEn(...noon)).toBe("Mon, 29 July 2019, 12:00–14:30 JST (2 hours 30 minutes)");
  });
});

describe("formatScreenPeriodEn", () => {
  it("prints the English maintenance screen's period", () => {
    expect(formatScreenPeriodEn(...seed1)).toBe("Mon, 29 July, 2:00–7:00 (JST)");
    expect(formatScreenPeriodEn(...overnight)).toBe("Sun, 28 July, 23:00 – Mon, 29 July, 2:00 (JST)");
  });
});

describe("English dates", () => {
  it("formatDateTime: the console's instants with their year, in either language", () => {
    expect(formatDateTime(seed1[0], "en")).toBe("Mon, 29 July 2019, 2:00 JST");
    expect(formatDateTime(seed1[0], "ja")).toBe("2019年7月29日(月) 午前2:00");
  });

  it("formatDateEn, formatMonthDayEn, formatShortDateEn", () => {
    expect(formatDateEn(seed1[0])).toBe("29 July 2019");
    expect(formatMonthDayEn(at("2019-07-23T01:00:00Z"))).toBe("23 July");
    expect(formatShortDateEn(at("2019-07-23T01:00:00Z"))).toBe("23 Jul");
    expect(formatShortDateEn(at("2019-09-01T01:00:00Z"))).toBe("1 Sep");
  });
});

describe("formatDuration", () => {
  const H = 60 * 60 * 1000;
  const M = 60 * 1000;

  it.each([
    [5 * H, "5時間", "5 hours"],
    [1 * H, "1時間", "1 hour"],
    [4 * H + 30 * M, "4時間30分", "4 hours 30 minutes"],
    [1 * H + 1 * M, "1時間1分", "1 hour 1 minute"],
    [45 * M, "45分", "45 minutes"],
    [1 * M, "1分", "1 minute"],
    [0, "0分", "0 minutes"],
    [27 * H, "27時間", "27 hours"],
    [59 * M + 40 * 1000, "1時間", "1 hour"], // rounded to the minute
  ])("%d ms → %s / %s", (ms, ja, en) => {
    expect(formatDuration(ms, "ja")).toBe(ja);
    expect(formatDuration(ms, "en")).toBe(en);
  });

  it("rejects negative and non-finite values", () => {
    expect(() => formatDuration(-1, "ja")).toThrow(new RangeError("not a duration: -1"));
    expect(() => formatDuration(Number.NaN, "en")).toThrow(new RangeError("not a duration: NaN"));
  });
});

describe("formatApproxPeriod", () => {
  it.each([
    ["late", "2019年10月下旬", "late October 2019"],
    ["mid", "2019年10月中旬", "mid-October 2019"],
    ["early", "2019年10月上旬", "early October 2019"],
    [null, "2019年10月", "October 2019"],
  ] as const)("%s", (part, ja, en) => {
    expect(formatApproxPeriod({ year: 2019, month: 10, part }, "ja")).toBe(ja);
    expect(formatApproxPeriod({ year: 2019, month: 10, part }, "en")).toBe(en);
  });

  it("rejects a month out of range", () => {
    expect(() => formatApproxPeriod({ year: 2019, month: 13, part: null }, "ja")).toThrow(new RangeError("not a month: 2019-13"));
  });
});

describe("formats chosen by locale", () => {
  it("pick the Japanese or English twin", async () => {
    const { formatWindow, formatScreenPeriod, formatDate } = await import("./dates");
    const start = new Date("2019-07-28T17:00:00Z");
    const end = new Date("2019-07-28T22:00:00Z");
    expect(formatWindow(start, end, "ja")).toBe("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    expect(formatWindow(start, end, "en")).toBe("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
    expect(formatScreenPeriod(start, end, "ja")).toBe("7月29日(月) 2時00分～7時00分");
    expect(formatDate(start, "en")).toBe("29 July 2019");
  });
});

describe("formatMoment", () => {
  it("gives the day and the Japan time of an instant, 午前/午後 in Japanese", async () => {
    const { formatMoment } = await import("./dates");
    // 2019-07-28T23:00Z is 8:00 on 29 July in Japan, whatever the server's zone
    expect(formatMoment(new Date("2019-07-28T23:00:00Z"), "ja")).toBe("7月29日 午前8:00");
    expect(formatMoment(new Date("2019-07-28T23:00:00Z"), "en")).toBe("29 July at 8:00 JST");
    expect(formatMoment(new Date("2019-07-29T04:30:00Z"), "ja")).toBe("7月29日 午後1:30");
    expect(formatMoment(new Date("2019-07-29T04:30:00Z"), "en")).toBe("29 July at 13:30 JST");
  });
});
