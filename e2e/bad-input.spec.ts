import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

// Addresses with a control character or malformed percent-encoding, as someone
// probing the site sends them: every C0 character and DEL through every place an
// address carries a value, each answered 400 with a short message in the request's
// language (JSON under /api), and nothing rendered or cached for them (proxy.ts,
// docs/decisions/0009-bad-input.md).
const slug = "2019-07-29-webcollect-scheduled-maintenance";

/** Where a value goes, and the language and place the message names. */
const places: { address: (x: string) => string; locale: "ja" | "en" | "api"; param: string | null }[] = [
  { address: (x) => `/?q=${x}`, locale: "ja", param: "q" },
  { address: (x) => `/en?q=${x}`, locale: "en", param: "q" },
  { address: (x) => `/?kind=SCHEDULED&service=${x}`, locale: "ja", param: "service" },
  { address: (x) => `/en?page=${x}`, locale: "en", param: "page" },
  { address: (x) => `/notices/${x}`, locale: "ja", param: null },
  { address: (x) => `/en/notices/${slug}${x}`, locale: "en", param: null },
  { address: (x) => `/notices/${slug}/revisions/1${x}`, locale: "ja", param: null },
  { address: (x) => `/en/notices/${slug}/revisions/${x}`, locale: "en", param: null },
  { address: (x) => `/notices/${x}/history`, locale: "ja", param: null },
  { address: (x) => `/en/notices/${slug}${x}/history`, locale: "en", param: null },
  { address: (x) => `/notices/${x}/calendar.ics`, locale: "ja", param: null },
  { address: (x) => `/feed.xml${x}`, locale: "ja", param: null },
  { address: (x) => `/en/calendar.ics${x}`, locale: "en", param: null },
  { address: (x) => `/api/v1/notices/${x}`, locale: "api", param: null },
  { address: (x) => `/api/v1/notices?q=${x}`, locale: "api", param: "q" },
];

const controlMessage = (locale: "ja" | "en" | "api", param: string | null, code: string) =>
  locale === "ja"
    ? `アドレスの${param === null ? "パス" : `パラメータ「${param}」`}に使えない文字（制御文字 ${code}）が含まれています。`
    : `The address contains a control character (${code}) in ${param === null ? "the path" : `parameter "${param}"`}.`;

const controls = [...Array.from({ length: 0x20 }, (_, i) => i), 0x7f];
const escaped = (c: number) => `%${c.toString(16).toUpperCase().padStart(2, "0")}`;
const label = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, "0")}`;

// Where `next start` keeps what it renders: the page cache and the data cache.
const distDir = process.env.NEXT_DIST_DIR ?? ".next-test";
const cacheFiles = () =>
  ["server/route-cache", "cache/fetch-cache"].flatMap((dir) => {
    const full = path.join(distDir, dir);
    return fs.existsSync(full) ? fs.readdirSync(full, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)) : [];
  });

test("every C0 character and DEL in a path, a slug, a revision number or a parameter answers 400 with a message, writing nothing", async ({ request }) => {
  test.setTimeout(120_000);
  // the site is warm: what the ordinary addresses cache is there before the list is taken
  for (const warm of ["/", `/notices/${slug}`, `/en/notices/${slug}/history`, "/?q=本与信"]) expect((await request.get(warm)).status()).toBe(200);
  const before = new Set(cacheFiles());

  for (const { address, locale, param } of places)
    for (const c of controls) {
      const url = address(`a${escaped(c)}`);
      const response = await request.get(url);
      expect(response.status(), url).toBe(400);
      expect(response.headers()["cache-control"], url).toBe("no-store");
      if (locale === "api") {
        expect(response.headers()["content-type"], url).toBe("application/json");
        expect(await response.json(), url).toEqual({ error: "bad_request", message: controlMessage("api", param, label(c)) });
      } else {
        expect(response.headers()["content-type"], url).toBe("text/plain; charset=utf-8");
        expect(await response.text(), url).toBe(`${controlMessage(locale, param, label(c))}\n`);
      }
    }

  const added = cacheFiles().filter((f) => !before.has(f));
  expect(added).toEqual([]);
});

test("malformed percent-encoding answers 400, never 500", async ({ request }) => {
  for (const [url, body] of [
    ["/notices/%E0%A4%A", "アドレスのパスの「%」による符号化が正しくありません。\n"],
    ["/en/notices/%80/history", "The address has malformed percent-encoding in the path.\n"],
    // an undecodable byte in the query reaches the proxy as U+FFFD, which no form sends
    ["/?q=%80", "アドレスのパラメータ「q」の「%」による符号化が正しくありません。\n"],
  ] as const) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect(await response.text(), url).toBe(body);
  }
  const api = await request.get("/api/v1/notices/%E0%A4%A");
  expect(api.status()).toBe(400);
  expect(await api.json()).toEqual({ error: "bad_request", message: "The address has malformed percent-encoding in the path." });
  // a lone "%" in a query is read as the URL standard reads it, as a literal "%": a search, not an error
  expect((await request.get("/?q=%ZZ")).status()).toBe(200);
});

test("C1 control characters are refused too, and ordinary addresses still pass", async ({ request }) => {
  expect(await (await request.get("/?q=%C2%85")).text()).toBe(`${controlMessage("ja", "q", "U+0085")}\n`);
  expect((await request.get("/en/notices/%C2%9F")).status()).toBe(400);
  for (const url of ["/?q=%E6%9C%AC%E4%B8%8E%E4%BF%A1", "/?q=100%25", "/en?q=a+b&page=1", `/notices/${slug}/revisions/1`, "/api/v1/notices", `/api/v1/notices/${slug}`])
    expect((await request.get(url)).status(), url).toBe(200);
});
