import { describe, expect, it } from "vitest";
import { RevalidationQueue, type RevalidationRequest } from "./revalidation-queue";
import { parseNotification } from "./change-feed";

/** A queue whose requests are recorded; `failing` makes the next ones fail. */
function recordingQueue() {
  const sent: RevalidationRequest[] = [];
  const control = { failing: false, delayMs: 0 };
  const queue = new RevalidationQueue(async (request) => {
    if (control.delayMs) await new Promise((r) => setTimeout(r, control.delayMs));
    if (control.failing) throw new Error("server did not answer");
    sent.push(request);
  });
  return { queue, sent, control };
}

describe("RevalidationQueue", () => {
  it("refreshes a change heard twice (NOTIFY and the poll) once", async () => {
    const { queue, sent } = recordingQueue();
    queue.add([{ id: "7", slug: "a" }]);
    await queue.flush();
    queue.add([{ id: "7", slug: "a" }, { id: "8", slug: "b" }]);
    await queue.flush();
    expect(sent).toEqual([{ slugs: ["a"] }, { slugs: ["b"] }]);
  });

  it("keeps the slugs of a failed request for the next flush", async () => {
    const { queue, sent, control } = recordingQueue();
    control.failing = true;
    queue.add([{ id: "1", slug: "a" }, { slug: "b" }]);
    await expect(queue.flush()).rejects.toThrow("server did not answer");
    expect(queue.size).toBe(2);
    control.failing = false;
    await queue.flush();
    expect(sent).toEqual([{ slugs: ["a", "b"] }]);
    expect(queue.size).toBe(0);
  });

  it("sends what was added during a request before the flush resolves", async () => {
    const { queue, sent, control } = recordingQueue();
    control.delayMs = 20;
    queue.add([{ slug: "a" }]);
    const first = queue.flush();
    queue.add([{ slug: "b" }]);
    const second = queue.flush();
    await Promise.all([first, second]);
    expect(sent).toEqual([{ slugs: ["a"] }, { slugs: ["b"] }]);
  });

  it("sends a full refresh first, and keeps it queued until it succeeds", async () => {
    const { queue, sent, control } = recordingQueue();
    queue.addAll();
    queue.add([{ slug: "a" }]);
    control.failing = true;
    await expect(queue.flush()).rejects.toThrow("server did not answer");
    control.failing = false;
    await queue.flush();
    expect(sent).toEqual([{ all: true }, { slugs: ["a"] }]);
  });
});

describe("parseNotification", () => {
  it("reads the change a trigger's payload names, and nothing else", () => {
    expect(parseNotification('{"id":"42","slug":"2019-07-29-webcollect"}')).toEqual({ id: "42", slug: "2019-07-29-webcollect" });
    expect(parseNotification('{"id":42,"slug":"x"}')).toBeNull();
    expect(parseNotification('{"id":"42"}')).toBeNull();
    expect(parseNotification("not json")).toBeNull();
  });
});
