import { describe, expect, it } from "vitest";
import { outageBackoff } from "./outage-backoff";

describe("outageBackoff", () => {
  it("tries every tick while the database answers", () => {
    const backoff = outageBackoff({ minMs: 1_000, maxMs: 30_000 });
    expect([0, 1_000, 2_000].map((at) => backoff.due(at))).toEqual([true, true, true]);
    expect(backoff.delayMs).toBe(0);
  });

  it("waits 1 s, 2 s, 4 s … after each failed try, and never more than the cap", () => {
    const backoff = outageBackoff({ minMs: 1_000, maxMs: 30_000 });
    let at = 0;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      backoff.failed(at);
      delays.push(backoff.delayMs);
      expect(backoff.due(at + backoff.delayMs - 1)).toBe(false);
      at += backoff.delayMs;
      expect(backoff.due(at)).toBe(true);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
  });

  it("counts 60 s of outage as 6 tries, not 60", () => {
    const backoff = outageBackoff({ minMs: 1_000, maxMs: 30_000 });
    let tries = 0;
    for (let at = 0; at < 60_000; at += 1_000) {
      if (!backoff.due(at)) continue;
      tries++;
      backoff.failed(at);
    }
    expect(tries).toBe(6); // at 0, 1, 3, 7, 15 and 31 s
  });

  it("goes back to every tick once the database answers, and tries at once when it looks back", () => {
    const backoff = outageBackoff({ minMs: 1_000, maxMs: 30_000 });
    for (let i = 0; i < 5; i++) backoff.failed(0);
    expect(backoff.due(10_000)).toBe(false);
    backoff.probeNow();
    expect(backoff.due(10_000)).toBe(true);
    backoff.failed(10_000);
    expect(backoff.delayMs).toBe(30_000); // a failed probe keeps the delay it had reached
    backoff.recovered();
    expect(backoff.delayMs).toBe(0);
    expect(backoff.due(10_001)).toBe(true);
  });
});
