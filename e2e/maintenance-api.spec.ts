import { expect, test } from "@playwright/test";

// GET /api/v1/maintenance over real HTTP, as deploy tooling meets it: its type, the
// validators and a 304, a cache lifetime of at most a minute, and the errors for what it
// cannot answer. Its bodies are checked against the OpenAPI file by lib/api/maintenance.int.test.ts.
const scheduled = "2019-07-29-webcollect-scheduled-maintenance";

test("the state of a channel: JSON with an ETag, 304 for a current copy, cached a minute at most", async ({ request }) => {
  const response = await request.get("/api/v1/maintenance?channel=link-payment-page");
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"]).toBe("application/json");
  expect(headers["cache-control"]).toMatch(/^public, max-age=(\d|[1-5]\d|60)$/);
  expect(headers["etag"]).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  expect(await response.json()).toMatchObject({ channel: "link-payment-page", active: expect.any(Boolean) });
  const again = await request.get("/api/v1/maintenance?channel=link-payment-page", { headers: { "If-None-Match": headers["etag"]! } });
  expect(again.status()).toBe(304);
});

test("a preview of an instant in notice 000's window, and the list of every channel", async ({ request }) => {
  const preview = await request.get("/api/v1/maintenance?channel=token-modal&at=2019-07-29T03:00:00%2B09:00");
  expect(preview.status()).toBe(200);
  expect(await preview.json()).toMatchObject({
    active: true,
    errorCode: "Z010000000",
    retryAfterSeconds: 4 * 3600,
    window: { start: "2019-07-28T17:00:00.000Z", end: "2019-07-28T22:00:00.000Z" },
    notice: { slug: scheduled },
    unavailable: ["webcollect", "credit-card"],
    resendAfterWindow: true,
  });
  // 03:00 in Japan
  const list = await (await request.get("/api/v1/maintenance?at=2019-07-28T18:00:00Z")).json();
  expect(list.channels.filter((c: { active: boolean }) => c.active)).toHaveLength(7);
});

test("400 for a bad instant or parameter, 404 for an unknown channel: JSON, never cached, never 500", async ({ request }) => {
  for (const [path, status] of [
    ["/api/v1/maintenance?at=tomorrow", 400],
    ["/api/v1/maintenance?at=2026-13-01T00:00:00Z", 400],
    ["/api/v1/maintenance?channel=api&channel=api", 400],
    ["/api/v1/maintenance?lang=en", 400],
    ["/api/v1/maintenance?channel=no-such-channel", 404],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()["cache-control"], path).toBe("no-store");
    expect(await response.json(), path).toHaveProperty("error");
  }
  // an escape that decodes to no UTF-8 is refused by proxy.ts before the route runs (lib/http/bad-url.ts)
  const malformed = await request.get("/api/v1/maintenance?channel=%E0%A4%A");
  expect(malformed.status()).toBe(400);
  expect(await malformed.json()).toHaveProperty("error", "bad_request");
});
