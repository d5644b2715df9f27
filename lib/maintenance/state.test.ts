import { describe, expect, it } from "vitest";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { channelAvailability, maintenanceStateAt, maintenanceStatesAt, nextEdgeAfter } from "./state";
import { defaultTexts, minimalContentAt, snapshotNotice, snapshotOf } from "./test-fixtures";

// Run twice by `npm test`, with TZ=UTC and TZ=America/Los_Angeles: the state must not
// depend on the server's time zone (issue 10: "exact to the second, in any server TZ").

const at = (iso: string) => new Date(iso);
const scheduled = snapshotNotice(notice000.slug, notice000.revision2);
// 000's window: 2019-07-29 02:00–07:00 JST
const START = "2019-07-28T17:00:00.000Z";
const END = "2019-07-28T22:00:00.000Z";

describe("maintenanceStateAt: exact to the second", () => {
  const snapshot = snapshotOf([scheduled]);

  it("is off a millisecond before the start, with the window as the next one", () => {
    const state = maintenanceStateAt(snapshot, "link-payment-page", at("2019-07-28T16:59:59.999Z"));
    expect(state).toMatchObject({ active: false, window: null, retryAfterSeconds: null, errorCode: null, available: [], unavailable: [], resendAfterWindow: false });
    expect(state.next).toEqual({ key: "main", start: at(START), end: at(END), notice: { slug: notice000.slug, title: scheduled.title } });
    // off, the screens would show the admin's defaults
    expect(state.screen).toEqual(defaultTexts);
  });

  it("is on from the start instant, Retry-After counting to the planned end", () => {
    const state = maintenanceStateAt(snapshot, "link-payment-page", at(START));
    expect(state).toMatchObject({ active: true, retryAfterSeconds: 5 * 3600, errorCode: "Z010000000", resendAfterWindow: true, next: null });
    expect(state.window).toEqual({ key: "main", start: at(START), end: at(END), notice: { slug: notice000.slug, title: scheduled.title } });
    // the revision's frozen texts, not the defaults
    expect(state.screen?.inlineMessage.ja).toBe(scheduled.screen!.inlineMessage.ja);
    expect(state.screen?.message).not.toEqual(defaultTexts.message);
  });

  it("rounds the seconds up: one millisecond before the end still asks for a second", () => {
    expect(maintenanceStateAt(snapshot, "link-payment-page", at("2019-07-28T21:59:59.999Z"))).toMatchObject({ active: true, retryAfterSeconds: 1 });
    expect(maintenanceStateAt(snapshot, "link-payment-page", at("2019-07-28T21:59:59.000Z"))).toMatchObject({ active: true, retryAfterSeconds: 1 });
    expect(maintenanceStateAt(snapshot, "link-payment-page", at("2019-07-28T21:59:58.500Z"))).toMatchObject({ active: true, retryAfterSeconds: 2 });
  });

  it("is off at the end instant", () => {
    expect(maintenanceStateAt(snapshot, "link-payment-page", at(END))).toMatchObject({ active: false, window: null, next: null });
  });

  it("counts real seconds across a daylight-saving change of the server's zone (America/Los_Angeles, 2026-03-08 10:00Z)", () => {
    const dst = snapshotNotice("dst", minimalContentAt("2026-03-08T09:30:00Z", "2026-03-08T10:30:00Z", ["api"]));
    expect(maintenanceStateAt(snapshotOf([dst]), "api", at("2026-03-08T09:30:00Z")).retryAfterSeconds).toBe(3600);
  });

  it("takes a window crossing midnight in Japan as one window", () => {
    // 23:00–01:00 JST
    const night = snapshotNotice("night", minimalContentAt("2026-07-28T14:00:00Z", "2026-07-28T16:00:00Z", ["api"]));
    expect(maintenanceStateAt(snapshotOf([night]), "api", at("2026-07-28T15:00:00Z"))).toMatchObject({ active: true, retryAfterSeconds: 3600 });
    expect(maintenanceStateAt(snapshotOf([night]), "api", at("2026-07-28T16:00:00Z"))).toMatchObject({ active: false });
  });
});

describe("maintenanceStateAt: which channels, which window", () => {
  it("covers the channels the window names and those of the screen, no others", () => {
    // 001 names api in its window, not in its screen; test-environment in neither
    const snapshot = snapshotOf([snapshotNotice(notice001.slug, notice001.revision1)]);
    const during = at("2020-04-19T18:00:00Z");
    expect(maintenanceStateAt(snapshot, "api", during).active).toBe(true);
    expect(maintenanceStateAt(snapshot, "token-modal", during).active).toBe(true);
    expect(maintenanceStateAt(snapshot, "test-environment", during).active).toBe(false);
    expect(maintenanceStatesAt(snapshot, during).filter((s) => s.active).map((s) => s.channel)).toEqual([
      "link-payment-page",
      "token-embedded",
      "api",
      "token-modal",
      "kuroneko-pay-modal",
      "merchant-console",
    ]);
  });

  it("a window naming no channel covers the channels of the revision's screen", () => {
    const content = { ...notice000.revision2, windows: [{ key: "main", startsAt: START, endsAt: END, channelKeys: [] }] };
    const snapshot = snapshotOf([snapshotNotice(notice000.slug, content)]);
    // 000's screen: the link pages, both modals, the console and the test environment; not the token or API channels
    expect(maintenanceStatesAt(snapshot, at(START)).filter((s) => s.active).map((s) => s.channel)).toEqual(notice000.revision2.screen!.channelKeys);
  });

  it("where windows of two notices overlap, the one ending last is in force", () => {
    const early = snapshotNotice("a-early", minimalContentAt("2026-07-28T17:00:00Z", "2026-07-28T19:00:00Z", ["api"]));
    const late = snapshotNotice("b-late", minimalContentAt("2026-07-28T18:00:00Z", "2026-07-28T21:00:00Z", ["api"]));
    for (const order of [[early, late], [late, early]]) {
      const state = maintenanceStateAt(snapshotOf(order), "api", at("2026-07-28T18:30:00Z"));
      expect(state.window?.notice.slug).toBe("b-late");
      expect(state.retryAfterSeconds).toBe(2.5 * 3600);
    }
    // before the later one starts, the earlier is in force and the later is next
    const state = maintenanceStateAt(snapshotOf([early, late]), "api", at("2026-07-28T17:30:00Z"));
    expect(state.window?.notice.slug).toBe("a-early");
    expect(state.next?.notice.slug).toBe("b-late");
  });

  it("a notice without screen settings shows the defaults' texts and code", () => {
    const bare = snapshotNotice("bare", minimalContentAt("2026-07-28T17:00:00Z", "2026-07-28T19:00:00Z", ["api"]));
    expect(bare.screen).toBeNull();
    const state = maintenanceStateAt(snapshotOf([bare]), "api", at("2026-07-28T18:00:00Z"));
    expect(state).toMatchObject({ active: true, errorCode: defaultTexts.errorCode, screen: defaultTexts, resendAfterWindow: true });
  });

  it("says whether requests must be resent as the revision's screen settings say", () => {
    const noResend = snapshotNotice(notice000.slug, { ...notice000.revision2, screen: { ...notice000.revision2.screen!, resendRequired: false } });
    expect(maintenanceStateAt(snapshotOf([noResend]), "token-modal", at(START)).resendAfterWindow).toBe(false);
  });
});

describe("available and unavailable: from the stored impact (lib/affected)", () => {
  it("names the channel's service and what the channel carries: notice 001's link pages stop everything they carry", () => {
    const state = maintenanceStateAt(snapshotOf([snapshotNotice(notice001.slug, notice001.revision1)]), "link-payment-page", at("2020-04-19T18:00:00Z"));
    // 001 keeps au かんたん決済 and 銀行振込 of 後払い usable, but not through this channel
    expect(state.unavailable).toEqual(["webcollect", "credit-card", "convenience-store", "carrier", "kuroneko-pay"]);
    expect(state.available).toEqual([]);
  });

  it("a row keeping a method available on the channel puts it in `available`, the service (degraded) in `unavailable`", () => {
    const content = {
      ...minimalContentAt("2026-07-28T17:00:00Z", "2026-07-28T19:00:00Z", ["api"]),
      sections: [
        {
          key: "target",
          blocks: [
            {
              type: "IMPACT_TABLE" as const,
              columns: (["CHANNEL", "PAYMENT_METHOD", "AVAILABILITY"] as const).map((role) => ({ role, header: { ja: role } })),
              rows: [{ cells: [{ refs: ["api"] }, { refs: ["convenience-store"] }, { refs: [], availability: "AVAILABLE" as const }] }],
            },
          ],
        },
      ],
    };
    const state = maintenanceStateAt(snapshotOf([snapshotNotice("partial", content)]), "api", at("2026-07-28T18:00:00Z"));
    expect(state.available).toEqual(["convenience-store"]);
    expect(state.unavailable).toEqual(["webcollect", "credit-card", "carrier", "kuroneko-pay"]);
  });

  it("never lists a key as both", () => {
    for (const notice of [scheduled, snapshotNotice(notice001.slug, notice001.revision1)])
      for (const channel of snapshotOf([]).channels) {
        const { available, unavailable } = channelAvailability(notice.impact, channel);
        expect(available.filter((k) => unavailable.includes(k)), `${notice.slug} ${channel}`).toEqual([]);
      }
  });
});

describe("nextEdgeAfter", () => {
  it("is the next start or end after the instant, none after the last", () => {
    const snapshot = snapshotOf([scheduled]);
    expect(nextEdgeAfter(snapshot, at("2019-07-28T00:00:00Z"))).toEqual(at(START));
    expect(nextEdgeAfter(snapshot, at(START))).toEqual(at(END));
    expect(nextEdgeAfter(snapshot, at(END))).toBeNull();
  });
});
