import { describe, expect, it } from "vitest";
import { secondPrefixes, timeIso8601Pattern } from "./time-pattern";

// what nginx's $time_iso8601 looks like in UTC, and in another zone
const nginxTime = (t: number, offset = "+00:00") => `${new Date(t * 1000).toISOString().slice(0, 19)}${offset}`;

/** Every second from an hour before the window to an hour after it: the pattern matches exactly [start, end). */
function checkExactly(startIso: string, endIso: string) {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const re = new RegExp(timeIso8601Pattern(start, end)!);
  const from = Math.floor(start.getTime() / 1000) - 3_600;
  const to = Math.ceil(end.getTime() / 1000) + 3_600;
  const wrong: string[] = [];
  for (let t = from; t < to; t++) {
    const inForce = t * 1000 >= start.getTime() && t * 1000 < end.getTime();
    if (re.test(nginxTime(t)) !== inForce) wrong.push(nginxTime(t));
  }
  expect(wrong).toEqual([]);
}

describe("the $time_iso8601 pattern of a window", () => {
  it("matches the seconds of the window and no other (the reference notice's 02:00–07:00 JST)", () => {
    checkExactly("2019-07-28T17:00:00Z", "2019-07-28T22:00:00Z");
    expect(timeIso8601Pattern(new Date("2019-07-28T17:00:00Z"), new Date("2019-07-28T22:00:00Z"))).toBe("^(?:2019-07-28T1[7-9]:|2019-07-28T2[0-1]:)[^+]*[+]00:00$");
  });

  it("to the second, at odd edges", () => {
    checkExactly("2026-11-29T23:31:07Z", "2026-11-29T23:31:11Z");
    checkExactly("2026-11-29T23:58:53Z", "2026-11-30T00:03:02Z");
  });

  it("across midnight, a month's and a year's end, over several days", () => {
    checkExactly("2026-12-31T22:30:00Z", "2027-01-01T01:15:30Z");
    checkExactly("2026-02-27T20:00:00Z", "2026-03-02T03:00:00Z");
  });

  it("a start inside a second switches on at the next whole second", () => {
    expect(secondPrefixes(new Date("2026-01-01T00:00:00.200Z"), new Date("2026-01-01T00:00:03Z"))).toEqual(["2026-01-01T00:00:01", "2026-01-01T00:00:02"]);
  });

  it("never matches an nginx that does not run in UTC", () => {
    const re = new RegExp(timeIso8601Pattern(new Date("2019-07-28T17:00:00Z"), new Date("2019-07-28T22:00:00Z"))!);
    expect(re.test("2019-07-28T18:00:00+00:00")).toBe(true);
    expect(re.test("2019-07-28T18:00:00+09:00")).toBe(false);
  });

  it("an empty window has no pattern", () => {
    expect(timeIso8601Pattern(new Date("2026-01-01T00:00:00Z"), new Date("2026-01-01T00:00:00Z"))).toBeNull();
  });
});
