import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jstDateKey, jstDayStart, jstIsoString, jstParts, readJstParts } from "./jst";

// Run under several TZ values (UTC, America/Los_Angeles, Asia/Tokyo): every expectation
// below is in Japan time and must not move with the server's zone.

describe("jstParts", () => {
  it("reads the first seed window's start in Japan time", () => {
    expect(jstParts(new Date("2019-07-28T17:00:00Z"))).toEqual({
      year: 2019,
      month: 7,
      day: 29,
      hour: 2,
      minute: 0,
      weekday: 1,
    });
  });

  it("gives hour 0 at JST midnight, on the new day", () => {
    expect(jstParts(new Date("2019-07-28T15:00:00Z"))).toEqual({
      year: 2019,
      month: 7,
      day: 29,
      hour: 0,
      minute: 0,
      weekday: 1,
    });
  });

  it("gives hour 12 at noon and 23 late at night", () => {
    expect(jstParts(new Date("2019-07-29T03:00:00Z")).hour).toBe(12);
    expect(jstParts(new Date("2019-07-28T14:59:00Z"))).toMatchObject({ day: 28, hour: 23, minute: 59, weekday: 0 });
  });

  it("crosses the year in Japan nine hours before UTC does", () => {
    expect(jstParts(new Date("2019-12-31T15:00:00Z"))).toMatchObject({ year: 2020, month: 1, day: 1, hour: 0, weekday: 3 });
    expect(jstParts(new Date("2019-12-31T14:59:00Z"))).toMatchObject({ year: 2019, month: 12, day: 31, weekday: 2 });
  });

  it("rejects an invalid date", () => {
    expect(() => jstParts(new Date("nonsense"))).toThrow(new RangeError("not a valid date: Invalid Date"));
  });
});

describe("readJstParts", () => {
  it('normalises the hour "24" that some ICU versions print at midnight', () => {
    const parts: Intl.DateTimeFormatPart[] = [
      { type: "weekday", value: "Mon" },
      { type: "literal", value: ", " },
      { type: "month", value: "7" },
      { type: "literal", value: "/" },
      { type: "day", value: "29" },
      { type: "literal", value: "/" },
      { type: "year", value: "2019" },
      { type: "literal", value: ", " },
      { type: "hour", value: "24" },
      { type: "literal", value: ":" },
      { type: "minute", value: "00" },
    ];
    expect(readJstParts(parts)).toEqual({ year: 2019, month: 7, day: 29, hour: 0, minute: 0, weekday: 1 });
  });

  it("fails on a missing or non-numeric field rather than guessing", () => {
    expect(() => readJstParts([{ type: "year", value: "2019" }])).toThrow("formatToParts gave no weekday");
    const complete: Intl.DateTimeFormatPart[] = [
      { type: "weekday", value: "Mon" },
      { type: "year", value: "2019" },
      { type: "month", value: "7" },
      { type: "day", value: "29" },
      { type: "hour", value: "2" },
      { type: "minute", value: "00" },
    ];
    expect(readJstParts(complete)).toEqual({ year: 2019, month: 7, day: 29, hour: 2, minute: 0, weekday: 1 });
    expect(() => readJstParts(complete.filter((p) => p.type !== "minute"))).toThrow("formatToParts gave no minute");
    expect(() => readJstParts(complete.map((p) => (p.type === "day" ? { ...p, value: "二十九" } : p)))).toThrow("formatToParts gave a non-numeric day");
  });
});

describe("jstDateKey", () => {
  it("names the Japan day, not the UTC one", () => {
    expect(jstDateKey(new Date("2019-07-28T17:00:00Z"))).toBe("2019-07-29");
    expect(jstDateKey(new Date("2019-07-28T14:59:59Z"))).toBe("2019-07-28");
    expect(jstDateKey(new Date("2020-04-19T17:00:00Z"))).toBe("2020-04-20");
    expect(jstDateKey(new Date("2019-12-31T15:00:00Z"))).toBe("2020-01-01");
  });
});

describe("jstDayStart", () => {
  it("is 15:00 UTC the day before", () => {
    expect(jstDayStart(2019, 7, 29).toISOString()).toBe("2019-07-28T15:00:00.000Z");
    expect(jstDayStart(2020, 1, 1).toISOString()).toBe("2019-12-31T15:00:00.000Z");
  });

  it("agrees with jstParts (checks the fixed +9h against the tz database)", () => {
    for (const [y, m, d] of [
      [2019, 7, 29],
      [2020, 2, 29],
      [2020, 4, 20],
      [2024, 3, 10], // US daylight saving starts: must not matter
      [2024, 11, 3], // and ends
      [2030, 12, 31],
    ] as const) {
      expect(jstParts(jstDayStart(y, m, d))).toMatchObject({ year: y, month: m, day: d, hour: 0, minute: 0 });
    }
  });

  it("rolls an out-of-range day over to the next month", () => {
    expect(jstDateKey(jstDayStart(2019, 7, 32))).toBe("2019-08-01");
  });

  it("rejects non-integers", () => {
    expect(() => jstDayStart(2019, 7.5, 1)).toThrow(new RangeError("not a calendar day: 2019-7.5-1"));
  });
});

describe("jstIsoString", () => {
  it("writes the instant in Japan time with its offset, to the second", () => {
    expect(jstIsoString(new Date("2026-07-23T01:00:00.999Z"))).toBe("2026-07-23T10:00:00+09:00");
    // 15:00 UTC is the next day in Japan
    expect(jstIsoString(new Date("2026-12-31T15:00:05Z"))).toBe("2027-01-01T00:00:05+09:00");
    expect(new Date(jstIsoString(new Date("2026-03-01T14:59:59Z"))).toISOString()).toBe("2026-03-01T14:59:59.000Z");
  });
});

describe("the rules of Decision 9", () => {
  // The module must not lean on the server's zone, ICU's ready-made strings or a
  // hand-written offset on UTC fields.
  const dir = __dirname;
  const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

  it.each(sources)("%s uses only formatToParts", (file) => {
    const code = readFileSync(path.join(dir, file), "utf8");
    expect(code).not.toMatch(/\.toLocale\w*\(/);
    expect(code).not.toMatch(/formatRange/);
    expect(code).not.toMatch(/\.get(UTC)?(Hours|Minutes|Day|Date|Month|FullYear)\(/);
    expect(code).not.toMatch(/getTimezoneOffset/);
  });
});
