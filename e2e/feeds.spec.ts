import { expect, test, type APIRequestContext } from "@playwright/test";
import ICAL from "ical.js";

// The feeds and the JSON API as a feed reader, a calendar and a merchant's system
// meet them: content types, validators, 304s and 404s, over real HTTP.
const scheduled = "2019-07-29-webcollect-scheduled-maintenance";
const extraordinary = "2020-04-20-webcollect-extraordinary-maintenance";

const documents = [
  { path: "/feed.xml", type: "application/atom+xml; charset=utf-8" },
  { path: "/en/feed.xml", type: "application/atom+xml; charset=utf-8" },
  { path: "/calendar.ics", type: "text/calendar; charset=utf-8" },
  { path: "/en/calendar.ics", type: "text/calendar; charset=utf-8" },
  { path: `/notices/${scheduled}/calendar.ics`, type: "text/calendar; charset=utf-8" },
  { path: "/api/v1/notices", type: "application/json" },
  { path: `/api/v1/notices/${extraordinary}`, type: "application/json" },
  { path: "/api/v1/openapi.json", type: "application/json" },
];

async function fetchOk(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return response;
}

for (const { path, type } of documents) {
  test(`${path} is served with its type, validators and 304 for a current copy`, async ({ request }) => {
    const response = await fetchOk(request, path);
    const headers = response.headers();
    expect(headers["content-type"]).toBe(type);
    expect(headers["cache-control"]).toBe("public, max-age=60");
    expect(headers["etag"]).toMatch(/^"[A-Za-z0-9_-]{43}"$/);

    const again = await request.get(path, { headers: { "If-None-Match": headers["etag"]! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    expect(again.headers()["etag"]).toBe(headers["etag"]);

    if (path !== "/api/v1/openapi.json") {
      const lastModified = headers["last-modified"]!;
      expect(new Date(lastModified).getTime()).not.toBeNaN();
      expect((await request.get(path, { headers: { "If-Modified-Since": lastModified } })).status()).toBe(304);
      expect((await request.get(path, { headers: { "If-None-Match": '"stale"', "If-Modified-Since": lastModified } })).status()).toBe(200);
    }
  });
}

test("the Atom feeds parse as XML with one entry per notice, dated by visible amendments", async ({ request, page }) => {
  // other specs may publish notices of their own: count against the API, which lists every published one
  const published = (await (await fetchOk(request, "/api/v1/notices")).json()).notices.length;
  expect(published).toBeGreaterThanOrEqual(2);
  for (const [path, title] of [
    ["/feed.xml", "「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり"],
    ["/en/feed.xml", "Kuroneko Web Collect scheduled system maintenance (29 July) (Updated 23 Jul: addendum)"],
  ] as const) {
    const xml = await (await fetchOk(request, path)).text();
    // the browser's own XML parser, not ours
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const entries = [...doc.getElementsByTagName("entry")].map((e) => ({
        title: e.getElementsByTagName("title")[0]?.textContent,
        updated: e.getElementsByTagName("updated")[0]?.textContent,
        link: e.getElementsByTagName("link")[0]?.getAttribute("href"),
      }));
      return { error: doc.getElementsByTagName("parsererror").length > 0, root: doc.documentElement.namespaceURI, entries };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entries).toHaveLength(published);
    const entry = feed.entries.find((e) => e.link?.endsWith(`/notices/${scheduled}`));
    expect(entry).toMatchObject({ title, updated: "2019-07-23T01:00:00.000Z" });
    expect(entry!.link!.includes("/en/notices/")).toBe(path.startsWith("/en"));
  }
});

test("the calendars carry the windows in UTC, SEQUENCE rising with visible amendments", async ({ request }) => {
  const all = (await (await fetchOk(request, "/calendar.ics")).text()).replace(/\r\n[ \t]/g, "");
  expect(all).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(all).toContain(`UID:${scheduled}.main@maintenance-notices\r\n`);
  expect(all).toContain(`UID:${extraordinary}.main@maintenance-notices\r\n`);
  expect(all).toContain("DTSTART:20190728T170000Z\r\nDTEND:20190728T220000Z\r\nSEQUENCE:1\r\n");
  expect(all).toContain("DTSTART:20200419T170000Z\r\nDTEND:20200419T210000Z\r\nSEQUENCE:0\r\n");

  const one = await (await fetchOk(request, `/notices/${scheduled}/calendar.ics`)).text();
  expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  expect(one).toContain("STATUS:CONFIRMED");
  for (const line of one.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
});

test("the calendar of a notice lives beside its page", async ({ page }) => {
  const response = await page.goto(`/notices/${scheduled}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("定期システムメンテナンス実施(7/29)");
});

test("the JSON API lists both notices with their catalog keys and gives one in full", async ({ request }) => {
  const { notices } = await (await fetchOk(request, "/api/v1/notices")).json();
  expect(notices.map((n: { slug: string }) => n.slug)).toEqual(expect.arrayContaining([scheduled, extraordinary]));
  const byslug = Object.fromEntries(notices.map((n: { slug: string }) => [n.slug, n]));
  expect(byslug[scheduled].affected.channels).toContain("kuroneko-pay-modal");
  expect(byslug[scheduled].affected.services).toContain("webcollect");
  expect(byslug[extraordinary].affected.paymentMethods).toContain("kuroneko-pay");

  const detail = await (await fetchOk(request, `/api/v1/notices/${extraordinary}`)).json();
  expect(detail).toMatchObject({ slug: extraordinary, kind: "EXTRAORDINARY", revision: 1, history: [{ number: 1, amendment: null }] });
  expect(detail.content.windows).toEqual([expect.objectContaining({ key: "main", startsAt: "2020-04-19T17:00:00.000Z", endsAt: "2020-04-19T21:00:00.000Z" })]);

  const openapi = await (await fetchOk(request, "/api/v1/openapi.json")).json();
  expect(openapi.openapi).toBe("3.1.0");
  expect(Object.keys(openapi.paths)).toEqual(["/notices", "/notices/{slug}", "/maintenance", "/admin/merchants/import"]);
  // what merchant systems receive (issue 11): the webhook and how to verify its signature
  expect(Object.keys(openapi.webhooks ?? {})).toEqual(["maintenanceNotice"]);
});

test("an unknown notice is a 404, as JSON from the API", async ({ request }) => {
  const api = await request.get("/api/v1/notices/no-such-notice");
  expect(api.status()).toBe(404);
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await api.json()).toEqual({ error: "not_found" });
  expect((await request.get("/notices/no-such-notice/calendar.ics")).status()).toBe(404);
});

test("/en/calendar.ics parses (ical.js) and is worded in English", async ({ request }) => {
  const text = await (await fetchOk(request, "/en/calendar.ics")).text();
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
  const event = events.find((e) => e.uid === `${scheduled}.main@maintenance-notices`)!;
  expect(event.summary).toBe("Kuroneko Web Collect scheduled system maintenance (29 July)");
  expect(event.description).toContain("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  expect(event.description).toContain(`/en/notices/${scheduled}`);
  expect(event.startDate.toJSDate().toISOString()).toBe("2019-07-28T17:00:00.000Z");
  expect(events.find((e) => e.uid === `${extraordinary}.main@maintenance-notices`)?.summary).toMatch(/^Kuroneko Web Collect .*maintenance/);
  // English throughout: no kana or kanji anywhere in the calendar
  expect(text).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
});

// Feed readers and calendar apps find the feeds from any page of the site.
const alternates = [
  { path: "/", atom: ["/feed.xml"], calendars: ["/calendar.ics"] },
  { path: "/en", atom: ["/en/feed.xml"], calendars: ["/en/calendar.ics"] },
  { path: "/?q=メンテナンス", atom: ["/feed.xml"], calendars: ["/calendar.ics"] },
  { path: "/en?kind=SCHEDULED", atom: ["/en/feed.xml"], calendars: ["/en/calendar.ics"] },
  { path: `/notices/${scheduled}`, atom: ["/feed.xml"], calendars: ["/calendar.ics", `/notices/${scheduled}/calendar.ics`] },
  { path: `/en/notices/${scheduled}`, atom: ["/en/feed.xml"], calendars: ["/en/calendar.ics", `/en/notices/${scheduled}/calendar.ics`] },
  { path: `/notices/${extraordinary}/history`, atom: ["/feed.xml"], calendars: ["/calendar.ics", `/notices/${extraordinary}/calendar.ics`] },
  { path: `/en/notices/${scheduled}/revisions/1`, atom: ["/en/feed.xml"], calendars: ["/en/calendar.ics", `/en/notices/${scheduled}/calendar.ics`] },
];

for (const { path, atom, calendars } of alternates) {
  test(`${path} links its Atom feed and calendars with <link rel="alternate">`, async ({ page, request }) => {
    expect((await page.goto(path))?.status()).toBe(200);
    const links = async (type: string) =>
      page.locator(`head link[rel="alternate"][type="${type}"]`).evaluateAll((els) => els.map((el) => ({ href: new URL(el.getAttribute("href")!, location.href).pathname, title: el.getAttribute("title") })));
    const atomLinks = await links("application/atom+xml");
    const calendarLinks = await links("text/calendar");
    expect(atomLinks.map((l) => l.href)).toEqual(atom);
    expect(calendarLinks.map((l) => l.href)).toEqual(calendars);
    // each has a title to show in a reader's list, and answers with its type
    for (const link of [...atomLinks, ...calendarLinks]) {
      expect(link.title).toBeTruthy();
      const response = await fetchOk(request, link.href);
      expect(response.headers()["content-type"]).toMatch(calendars.includes(link.href) ? /^text\/calendar/ : /^application\/atom\+xml/);
    }
  });
}
