// What `npm run maintenance` does to the shared snapshot while the database is
// unreachable (issue 10): the same three controls, applied to the snapshot's notices.
// Pure: the caller reads the file, writes it back and journals the command.
import { startSlug } from "@/lib/maintenance/controls/slug";
import type { MaintenanceSnapshot, SnapshotNotice } from "@/lib/maintenance/types";
import { controlMessages as m } from "@/lib/maintenance/controls/messages";
import type { JournalInput } from "./journal";

export class OfflineRefusal extends Error {
  override name = "OfflineRefusal";
}

const text = (ja: string) => ({ ja, en: null });
const noImpact = (channels: readonly string[]): SnapshotNotice["impact"] => ({
  // offline, the catalog's services and payment methods are unknown: the channels stop, the rest is said at replay
  channels: channels.map((key) => ({ key, service: null, state: "unavailable", paymentMethods: { unavailable: [], degraded: [], available: [] } })),
  services: [],
  paymentMethods: [],
  audiences: [],
  affected: { services: [], paymentMethods: [], channels: [...channels], audiences: [] },
});

function windowInForce(snapshot: MaintenanceSnapshot, slug: string, windowKey: string, at: Date) {
  const notice = snapshot.notices.find((n) => n.slug === slug);
  const window = notice?.windows.find((w) => w.key === windowKey);
  if (!notice || !window || Date.parse(window.start) > at.getTime() || Date.parse(window.end) <= at.getTime()) throw new OfflineRefusal(m.noWindowInForce);
  return { notice, window };
}

/**
 * The command applied to the snapshot at `at`: the notice it adds or changes (to journal)
 * and the new snapshot (to write). Refuses what the console refuses where the snapshot
 * can tell: an unknown channel, an end not later than now or than the current end, no
 * window in force.
 */
export function applyOffline(snapshot: MaintenanceSnapshot, input: JournalInput, commandId: string, at: Date): { notice: SnapshotNotice; snapshot: MaintenanceSnapshot } {
  let notice: SnapshotNotice;
  if (input.control === "START") {
    const unknown = input.channels.find((c) => !snapshot.channels.includes(c));
    if (unknown) throw new OfflineRefusal(m.unknownChannel(unknown));
    if (Date.parse(input.endsAt) <= at.getTime()) throw new OfflineRefusal(m.endInPast);
    const defaults = snapshot.defaults;
    if (!defaults) throw new OfflineRefusal(m.noDefaults);
    // the issuer of the notices the snapshot holds (there is one issuer per site)
    const issuer = snapshot.notices[0]?.issuer ?? { nameJa: "", nameEn: null, logoPath: null, copyrightJa: null, copyrightEn: null };
    notice = {
      slug: startSlug(commandId, at),
      title: text(input.titleJa || m.defaultTitle),
      windows: [{ key: "main", start: at.toISOString(), end: input.endsAt, channelKeys: input.channels }],
      screen: { ...defaults, modalBehavior: "FULL_PAGE", resendRequired: true, channelKeys: input.channels },
      issuer,
      impact: noImpact(input.channels),
    };
  } else {
    const { notice: current, window } = windowInForce(snapshot, input.slug, input.windowKey, at);
    const end = input.control === "EXTEND" ? input.endsAt : at.toISOString();
    if (input.control === "EXTEND" && Date.parse(input.endsAt) <= Date.parse(window.end)) throw new OfflineRefusal(m.extendNotLater);
    notice = { ...current, windows: current.windows.map((w) => (w.key === window.key ? { ...w, end } : w)) };
  }
  const others = snapshot.notices.filter((n) => n.slug !== notice.slug);
  return { notice, snapshot: { ...snapshot, notices: [...others, notice].sort((a, b) => a.slug.localeCompare(b.slug)) } };
}
