// The period-style choice, run in both server time zones (the unit project runs twice:
// TZ=UTC and TZ=America/Los_Angeles): the text must be Japan time either way.
import { describe, expect, it } from "vitest";
import { formatPeriodInStyle, periodsInEveryStyle } from "./period-style";

// 2019-07-29 02:00–07:00 JST (notice 000's window)
const start = new Date("2019-07-28T17:00:00Z");
const end = new Date("2019-07-28T22:00:00Z");

describe("formatPeriodInStyle", () => {
  it("prints the screen style, without the year, in 24-hour time", () => {
    expect(formatPeriodInStyle("SCREEN", start, end, "ja")).toBe("7月29日(月) 2時00分～7時00分");
    expect(formatPeriodInStyle("SCREEN", start, end, "en")).toBe("Mon, 29 July, 2:00–7:00 (JST)");
  });

  it("prints the notice style, as the notice prints its window", () => {
    expect(formatPeriodInStyle("NOTICE", start, end, "ja")).toBe("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    expect(formatPeriodInStyle("NOTICE", start, end, "en")).toBe("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  });

  it("shows both dates across midnight in Japan time, whatever the server's zone", () => {
    const lateStart = new Date("2019-07-28T14:00:00Z"); // 23:00 JST
    const lateEnd = new Date("2019-07-28T17:00:00Z"); // 02:00 JST the next day
    expect(formatPeriodInStyle("SCREEN", lateStart, lateEnd, "ja")).toBe("7月28日(日) 23時00分～7月29日(月) 2時00分");
    expect(formatPeriodInStyle("NOTICE", lateStart, lateEnd, "ja")).toBe("2019年7月28日(日) 午後11:00～7月29日(月) 午前2:00 (3時間)");
  });

  it("gives the preview every style in both languages", () => {
    expect(periodsInEveryStyle(start, end)).toEqual({
      SCREEN: { ja: "7月29日(月) 2時00分～7時00分", en: "Mon, 29 July, 2:00–7:00 (JST)" },
      NOTICE: { ja: "2019年7月29日(月) 午前2:00～7:00 (5時間)", en: "Mon, 29 July 2019, 2:00–7:00 JST (5 hours)" },
    });
  });
});
