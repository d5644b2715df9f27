// Maintenance windows are followed by their stable key (as calendars follow them
// by UID): the same key with other times is the window moved or extended, not
// one window removed and another added.
import { formatWindow } from "@/lib/format";
import type { WindowContent } from "@/lib/notices/content/schema";
import type { Locale } from "@/lib/i18n/locale";
import { matchByKey } from "./match";

export interface WindowDiff {
  key: string;
  status: "added" | "removed" | "changed" | "cancelled" | "restored";
  /** the window as the notice printed it before and after, e.g. "2019年7月29日(月) 午前2:00～7:00 (5時間)" */
  before: string | null;
  after: string | null;
  startChanged: boolean;
  endChanged: boolean;
  /** channel keys the window stops, added or no longer stopped */
  channels: { added: string[]; removed: string[] };
}

/** Only the windows that changed, in the new revision's order; removed ones where they stood. */
export function diffWindows(before: WindowContent[], after: WindowContent[], locale: Locale): WindowDiff[] {
  const format = (w: WindowContent | null) => (w ? formatWindow(w.startsAt, w.endsAt, locale) : null);
  return matchByKey(before, after).flatMap(({ before: b, after: a }) => {
    const startChanged = Boolean(b && a && b.startsAt.getTime() !== a.startsAt.getTime());
    const endChanged = Boolean(b && a && b.endsAt.getTime() !== a.endsAt.getTime());
    const channels = {
      added: (a?.channelKeys ?? []).filter((k) => !(b?.channelKeys ?? []).includes(k)).sort(),
      removed: (b?.channelKeys ?? []).filter((k) => !(a?.channelKeys ?? []).includes(k)).sort(),
    };
    const statusChanged = b && a && b.status !== a.status;
    if (b && a && !startChanged && !endChanged && !statusChanged && !channels.added.length && !channels.removed.length) return [];
    const status: WindowDiff["status"] = !b ? "added" : !a ? "removed" : !statusChanged ? "changed" : a.status === "CANCELLED" ? "cancelled" : "restored";
    // a window added or removed lists no channel change: the whole window is the change
    const key = (a ?? b)!.key;
    return [{ key, status, before: format(b), after: format(a), startChanged, endChanged, channels: b && a ? channels : { added: [], removed: [] } }];
  });
}
