// The maintenance state of a channel at an instant (issue 10, Decision 6): pure, from a
// snapshot of the published windows. Instants are compared as milliseconds since the
// epoch, never through calendar fields, so the answer is the same in every server time
// zone; a window is in force from its start (included) to its end (excluded).
import type { AffectedResult } from "@/lib/affected/types";
import type { MaintenanceSnapshot, ScreenText, ScreenTexts, SnapshotNotice, SnapshotWindow } from "./types";
import { windowChannelKeys } from "./window-channels";

export interface NoticeRef {
  slug: string;
  title: ScreenText;
}

export interface WindowRef {
  key: string;
  start: Date;
  end: Date;
  notice: NoticeRef;
}

export interface MaintenanceState {
  channel: string;
  active: boolean;
  /** the window in force (the one ending last where several cover the channel) */
  window: WindowRef | null;
  /** whole seconds to the planned end, rounded up: never 0 while the screen is on */
  retryAfterSeconds: number | null;
  errorCode: string | null;
  /** the texts the screens show now: the revision's while a window is in force, else the defaults */
  screen: ScreenTexts | null;
  /** service and payment method keys, from the revision's stored impact (lib/affected) */
  available: string[];
  unavailable: string[];
  resendAfterWindow: boolean;
  /** the next window to start on this channel after `at` */
  next: WindowRef | null;
}

interface Covering {
  notice: SnapshotNotice;
  window: SnapshotWindow;
  start: number;
  end: number;
}

function windowsOf(snapshot: Pick<MaintenanceSnapshot, "notices">, channel: string): Covering[] {
  return snapshot.notices.flatMap((notice) =>
    notice.windows
      .filter((w) => windowChannelKeys(w, notice.screen).includes(channel))
      .map((window) => ({ notice, window, start: Date.parse(window.start), end: Date.parse(window.end) })),
  );
}

const ref = (c: Covering): WindowRef => ({ key: c.window.key, start: new Date(c.start), end: new Date(c.end), notice: { slug: c.notice.slug, title: c.notice.title } });

/** Ties are broken by slug and key, so the answer never depends on the order of the snapshot. */
const byIdentity = (a: Covering, b: Covering) => a.notice.slug.localeCompare(b.notice.slug) || a.window.key.localeCompare(b.window.key);

/**
 * What stays usable and what stops on the channel, from the notice's stored impact: the
 * channel's service and the payment methods the channel carries (a window is about one
 * channel, so what other channels do is not its answer). The impact names every channel a
 * window covers (rule 2 of derive-affected.ts); were one missing, the notice-wide states
 * would answer. Degraded counts as unavailable (Decision 10: affected = unavailable ∪
 * degraded), so a key is never in both lists.
 */
export function channelAvailability(impact: AffectedResult, channel: string): { available: string[]; unavailable: string[] } {
  const own = impact.channels.find((c) => c.key === channel);
  if (!own)
    return {
      available: [...impact.services, ...impact.paymentMethods].filter((e) => e.state === "available").map((e) => e.key),
      unavailable: [...impact.services, ...impact.paymentMethods].filter((e) => e.state !== "available").map((e) => e.key),
    };
  const service = own.service === null ? [] : [own.service];
  return {
    available: [...(own.state === "available" ? service : []), ...own.paymentMethods.available],
    unavailable: [...(own.state === "available" ? [] : service), ...own.paymentMethods.unavailable, ...own.paymentMethods.degraded],
  };
}

export function maintenanceStateAt(snapshot: Pick<MaintenanceSnapshot, "notices" | "defaults">, channel: string, at: Date): MaintenanceState {
  const t = at.getTime();
  const windows = windowsOf(snapshot, channel);
  const inForce = windows.filter((c) => c.start <= t && t < c.end).sort((a, b) => b.end - a.end || a.start - b.start || byIdentity(a, b))[0];
  const upcoming = windows.filter((c) => c.start > t).sort((a, b) => a.start - b.start || a.end - b.end || byIdentity(a, b))[0];
  const next = upcoming ? ref(upcoming) : null;
  if (!inForce)
    return { channel, active: false, window: null, retryAfterSeconds: null, errorCode: null, screen: snapshot.defaults, available: [], unavailable: [], resendAfterWindow: false, next };
  const screen = inForce.notice.screen ?? snapshot.defaults;
  return {
    channel,
    active: true,
    window: ref(inForce),
    retryAfterSeconds: Math.ceil((inForce.end - t) / 1000),
    errorCode: screen?.errorCode ?? null,
    screen,
    ...channelAvailability(inForce.notice.impact, channel),
    // requests made during a window are resent unless the revision says otherwise (the screen settings' default)
    resendAfterWindow: inForce.notice.screen?.resendRequired ?? true,
    next,
  };
}

/** Every channel of the catalog, in catalog order. */
export function maintenanceStatesAt(snapshot: MaintenanceSnapshot, at: Date): MaintenanceState[] {
  return snapshot.channels.map((channel) => maintenanceStateAt(snapshot, channel, at));
}

/** The first instant after `at` at which some channel's state changes by itself (a window's start or end); null if none. */
export function nextEdgeAfter(snapshot: Pick<MaintenanceSnapshot, "notices">, at: Date): Date | null {
  const t = at.getTime();
  const edges = snapshot.notices.flatMap((n) => n.windows.flatMap((w) => [Date.parse(w.start), Date.parse(w.end)])).filter((e) => e > t);
  return edges.length ? new Date(Math.min(...edges)) : null;
}

/**
 * Whole seconds a cache may keep an answer about `at`: at most `cap`, and never past the
 * next window edge, when the answer changes by itself. The API and the screens both use it.
 */
export function secondsUntilNextEdge(snapshot: Pick<MaintenanceSnapshot, "notices">, at: Date, cap: number): number {
  const edge = nextEdgeAfter(snapshot, at);
  const untilEdge = edge ? Math.floor((edge.getTime() - at.getTime()) / 1000) : cap;
  return Math.max(0, Math.min(cap, untilEdge));
}
