import { describe, expect, it } from "vitest";
import type { WindowContent } from "@/lib/notices/content/schema";
import { diffWindows } from "./windows";

const jst = (iso: string) => new Date(`${iso}+09:00`);
const window = (key: string, start: string, end: string, extra: Partial<WindowContent> = {}): WindowContent => ({
  key,
  startsAt: jst(start),
  endsAt: jst(end),
  status: "SCHEDULED",
  channelKeys: ["api", "link-payment-page"],
  ...extra,
});

const main = window("main", "2019-07-29T02:00:00", "2019-07-29T07:00:00");

describe("diffWindows", () => {
  it("an extended window is the same window with its end changed, old → new", () => {
    const extended = window("main", "2019-07-29T02:00:00", "2019-07-29T09:00:00");
    expect(diffWindows([main], [extended], "ja")).toEqual([
      {
        key: "main",
        status: "changed",
        before: "2019年7月29日(月) 午前2:00～7:00 (5時間)",
        after: "2019年7月29日(月) 午前2:00～9:00 (7時間)",
        startChanged: false,
        endChanged: true,
        channels: { added: [], removed: [] },
      },
    ]);
  });

  it("follows windows by key, not by position: reordering is no change", () => {
    const second = window("second", "2019-08-05T02:00:00", "2019-08-05T04:00:00");
    expect(diffWindows([main, second], [second, main], "en")).toEqual([]);
    // channel order is not a change either
    expect(diffWindows([main], [{ ...main, channelKeys: ["link-payment-page", "api"] }], "en")).toEqual([]);
  });

  it("reports added, cancelled and removed windows, and channels no longer stopped", () => {
    const second = window("second", "2019-08-05T02:00:00", "2019-08-05T04:00:00");
    const third = window("third", "2019-08-12T02:00:00", "2019-08-12T03:00:00");
    const diff = diffWindows([main, second, third], [{ ...main, channelKeys: ["api"] }, { ...second, status: "CANCELLED" }, window("fourth", "2019-08-19T02:00:00", "2019-08-19T03:00:00")], "en");
    expect(diff.map((w) => [w.key, w.status])).toEqual([
      ["main", "changed"],
      ["second", "cancelled"],
      ["third", "removed"],
      ["fourth", "added"],
    ]);
    expect(diff[0]!.channels).toEqual({ added: [], removed: ["link-payment-page"] });
    expect(diff[1]).toMatchObject({ before: "Mon, 5 August 2019, 2:00–4:00 JST (2 hours)", after: "Mon, 5 August 2019, 2:00–4:00 JST (2 hours)" });
    expect(diff[2]).toMatchObject({ before: "Mon, 12 August 2019, 2:00–3:00 JST (1 hour)", after: null });
    expect(diff[3]).toMatchObject({ before: null, after: "Mon, 19 August 2019, 2:00–3:00 JST (1 hour)" });
  });

  it("a cancelled window put back is restored", () => {
    expect(diffWindows([{ ...main, status: "CANCELLED" }], [main], "ja").map((w) => w.status)).toEqual(["restored"]);
  });
});
