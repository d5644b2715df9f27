import { describe, expect, it } from "vitest";
import { minimalContentAt, snapshotNotice, snapshotOf } from "../test-fixtures";
import { chooseWindow } from "./choose-window";

const notice = (slug: string, start: string, end: string, channels: string[]) => snapshotNotice(slug, minimalContentAt(start, end, channels));
const snapshot = snapshotOf([
  notice("a-early", "2026-07-28T17:00:00Z", "2026-07-28T19:00:00Z", ["token-embedded"]),
  notice("b-longer", "2026-07-28T18:00:00Z", "2026-07-28T22:00:00Z", ["link-payment-page", "api"]),
  notice("c-later", "2026-08-01T00:00:00Z", "2026-08-01T01:00:00Z", ["api"]),
]);
const at = (iso: string) => chooseWindow(snapshot, new Date(iso));

describe("the window a bundle is for", () => {
  it("the one in force; of two, the one ending last; its channels in catalog order", () => {
    expect(at("2026-07-28T17:30:00Z")).toMatchObject({ slug: "a-early", channels: ["token-embedded"] });
    expect(at("2026-07-28T18:30:00Z")).toMatchObject({ slug: "b-longer", start: new Date("2026-07-28T18:00:00Z"), end: new Date("2026-07-28T22:00:00Z"), channels: ["link-payment-page", "api"] });
  });

  it("else the next to start; its end is excluded; none after the last", () => {
    expect(at("2026-07-28T16:00:00Z")).toMatchObject({ slug: "a-early" });
    expect(at("2026-07-28T22:00:00Z")).toMatchObject({ slug: "c-later" });
    expect(at("2026-08-01T01:00:00Z")).toBeNull();
  });
});
