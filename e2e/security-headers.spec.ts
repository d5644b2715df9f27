import { expect, test, type APIResponse, type Page } from "@playwright/test";

// The security headers of next.config.ts on every kind of response, and the pages
// still working under their Content-Security-Policy (docs/decisions/0008-security-headers.md).
const scheduled = "2019-07-29-webcollect-scheduled-maintenance";
const extraordinary = "2020-04-20-webcollect-extraordinary-maintenance";

const responses = [
  { group: "index", path: "/", status: 200 },
  { group: "index, English", path: "/en", status: 200 },
  { group: "index searched (per-request route)", path: "/?q=x", status: 200 },
  { group: "index searched, English", path: "/en?q=x", status: 200 },
  { group: "notice page", path: `/notices/${scheduled}`, status: 200 },
  { group: "notice page, English", path: `/en/notices/${extraordinary}`, status: 200 },
  { group: "history", path: `/notices/${scheduled}/history`, status: 200 },
  { group: "revision", path: `/notices/${scheduled}/revisions/1`, status: 200 },
  { group: "404 of a notice", path: "/notices/no-such-notice", status: 404 },
  { group: "404 of any path", path: "/no/such/page", status: 404 },
  { group: "Atom feed", path: "/feed.xml", status: 200 },
  { group: "Atom feed, English", path: "/en/feed.xml", status: 200 },
  { group: "calendar", path: "/calendar.ics", status: 200 },
  { group: "calendar, English", path: "/en/calendar.ics", status: 200 },
  { group: "calendar of a notice", path: `/notices/${scheduled}/calendar.ics`, status: 200 },
  { group: "JSON API", path: "/api/v1/notices", status: 200 },
  { group: "JSON API, one notice", path: `/api/v1/notices/${extraordinary}`, status: 200 },
  { group: "JSON API, unknown notice", path: "/api/v1/notices/no-such-notice", status: 404 },
  { group: "OpenAPI", path: "/api/v1/openapi.json", status: 200 },
  { group: "maintenance API", path: "/api/v1/maintenance?channel=api", status: 200 },
  { group: "maintenance API, unknown channel", path: "/api/v1/maintenance?channel=no-such-channel", status: 404 },
  { group: "maintenance API, bad instant", path: "/api/v1/maintenance?at=tomorrow", status: 400 },
  { group: "file under /public", path: "/brand/icon.svg", status: 200 },
  { group: "redirect (trailing slash)", path: "/en/", status: 308 },
  { group: "redirect (trailing slash, notice)", path: `/notices/${scheduled}/?x=1`, status: 308 },
  { group: "redirect (empty form fields, by the page)", path: "/?q=&kind=SCHEDULED", status: 307 },
  { group: "redirect (/ja is not an address)", path: "/ja", status: 308 },
  { group: "redirect (/ja/… is not an address)", path: `/ja/notices/${scheduled}/history`, status: 308 },
];

// The staff console and next-auth's endpoints: the same headers, but a policy whose
// scripts need this response's nonce, and nothing stored (docs/decisions/0010-console-headers.md).
const consoleResponses = [
  { group: "console sign-in page", path: "/admin/sign-in", status: 200 },
  { group: "console dashboard, signed out (redirect)", path: "/admin", status: 307 },
  { group: "next-auth session endpoint", path: "/api/auth/session", status: 200 },
  { group: "next-auth CSRF endpoint", path: "/api/auth/csrf", status: 200 },
];

const redirects: Record<string, string> = {
  "/admin": "/admin/sign-in",
  "/en/": "/en",
  [`/notices/${scheduled}/?x=1`]: `/notices/${scheduled}?x=1`,
  "/?q=&kind=SCHEDULED": "/?kind=SCHEDULED",
  "/ja": "/",
  [`/ja/notices/${scheduled}/history`]: `/notices/${scheduled}/history`,
};

function expectSecurityHeaders(response: APIResponse, what: string, policy: "public" | "console" = "public") {
  const headers = response.headers();
  const csp = headers["content-security-policy"];
  expect(csp, what).toBeDefined();
  const directives = new Map(
    csp!.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(" ")] as const;
    }),
  );
  expect(directives.get("default-src"), what).toBe("'self'");
  expect(directives.get("object-src"), what).toBe("'none'");
  expect(directives.get("base-uri"), what).toBe("'none'");
  expect(directives.get("frame-ancestors"), what).toBe("'none'");
  expect(directives.get("form-action"), what).toBe("'self'");
  if (policy === "public") expect(directives.get("script-src"), what).toBe("'self' 'unsafe-inline'");
  else {
    expect(directives.get("script-src"), what).toMatch(/^'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
    expect(headers["cache-control"], what).toContain("no-store");
  }
  // one policy: a second one (the public site's beside the console's) would also apply
  expect(response.headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy"), what).toHaveLength(1);
  expect(csp, what).not.toContain("unsafe-eval");
  expect(csp, what).not.toMatch(/\*|https?:|data:|blob:/);
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["cross-origin-opener-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["x-powered-by"], what).toBeUndefined();
  // served over plain HTTP here: no HSTS
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

for (const { group, path, status } of responses) {
  test(`${group} (${path}) answers ${status} with the security headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    expectSecurityHeaders(response, path);
    if (status >= 300) expect(response.headers()["location"]).toBe(redirects[path]);
  });
}

for (const { group, path, status } of consoleResponses) {
  test(`${group} (${path}) answers ${status} with the console's headers`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    expectSecurityHeaders(response, path, "console");
    if (status >= 300) expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe(redirects[path]);
  });
}

test("the console's nonce is new on every response and is the one on its scripts", async ({ request }) => {
  const nonces = [];
  for (let i = 0; i < 2; i++) {
    const response = await request.get("/admin/sign-in");
    const nonce = response.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    nonces.push(nonce);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});

test("the JavaScript, CSS and conditional (304) responses carry the security headers too", async ({ request }) => {
  const html = await (await request.get(`/notices/${scheduled}`)).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  expect(assets.some((a) => a.endsWith(".js"))).toBe(true);
  expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
  for (const asset of new Set(assets)) {
    const response = await request.get(asset);
    expect(response.status(), asset).toBe(200);
    expectSecurityHeaders(response, asset);
  }
  const feed = await request.get("/feed.xml");
  const notModified = await request.get("/feed.xml", { headers: { "If-None-Match": feed.headers()["etag"]! } });
  expect(notModified.status()).toBe(304);
  expectSecurityHeaders(notModified, "/feed.xml (304)");
});

test("Strict-Transport-Security is sent when the proxy says the request came over HTTPS", async ({ request }) => {
  for (const path of ["/", `/notices/${scheduled}`, "/api/v1/notices", "/brand/icon.svg"]) {
    const response = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=31536000");
  }
  const plain = await request.get("/", { headers: { "X-Forwarded-Proto": "http" } });
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
});

test("cached pages may be served stale for at most a day", async ({ request }) => {
  for (const path of ["/", "/en", `/notices/${scheduled}`, `/notices/${scheduled}/history`]) {
    const cacheControl = (await request.get(path)).headers()["cache-control"];
    const seconds = (name: string) => Number(cacheControl?.match(new RegExp(`(?:^|, )${name}=(\\d+)`))?.[1]);
    expect(cacheControl, path).toBe("s-maxage=60, stale-while-revalidate=86340");
    expect(seconds("s-maxage") + seconds("stale-while-revalidate"), path).toBeLessThanOrEqual(86_400);
  }
});

/** Records CSP violations and console errors of a page from its first script on. */
async function watchPolicy(page: Page) {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[]; __printed: number };
    w.__violations = [];
    w.__printed = 0;
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    // the print dialog cannot be driven here; count the calls instead
    window.print = () => void w.__printed++;
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
    consoleErrors,
  };
}

test("the pages work under the policy: no violation, hydrated, copy and print buttons work", async ({ page, context }) => {
  // seven pages, each until the network is idle: more than the default 30 s on a busy machine
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const watch = await watchPolicy(page);
  for (const path of ["/", "/en", "/?q=%E6%9C%AC%E4%B8%8E%E4%BF%A1", `/notices/${scheduled}/history`, `/notices/${scheduled}/revisions/1`, "/notices/no-such-notice"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(await watch.violations(), path).toEqual([]);
  }

  await page.goto(`/notices/${extraordinary}`);
  await page.getByRole("button", { name: "印刷" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  await page.getByText("ショップ掲載用の文面").click();
  await page.getByRole("button", { name: "コピー" }).first().click();
  await expect(page.getByRole("button", { name: "コピーしました" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("【決済サービス一時停止のお知らせ】");
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/security-headers-notice-001.png", fullPage: false });
});
