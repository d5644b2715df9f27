import { describe, expect, it } from "vitest";
import { conditionalResponse, contentTypes, isNotModified, notFound, parseEtags, strongEtag } from "./conditional";

const lastModified = new Date("2019-07-23T01:00:00.500Z");
const request = (headers: Record<string, string> = {}, method = "GET") => new Request("http://localhost/feed.xml", { method, headers });

describe("strongEtag", () => {
  it("is the quoted base64url SHA-256 of the body's UTF-8 bytes", () => {
    expect(strongEtag("abc")).toBe('"ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0"');
    expect(strongEtag("お知らせ")).not.toBe(strongEtag("お知らせ "));
  });
});

describe("parseEtags", () => {
  it("reads lists, weak tags and the wildcard", () => {
    expect(parseEtags('"a", W/"b" ,"c"')).toEqual(['"a"', '"b"', '"c"']);
    expect(parseEtags("*")).toEqual(["*"]);
    expect(parseEtags("")).toEqual([]);
  });
});

describe("isNotModified", () => {
  const etag = '"x"';
  const check = (headers: Record<string, string>) => isNotModified(new Headers(headers), etag, lastModified);

  it("matches If-None-Match by weak comparison, as RFC 9110 asks for GET", () => {
    expect(check({ "If-None-Match": '"x"' })).toBe(true);
    expect(check({ "If-None-Match": 'W/"x"' })).toBe(true);
    expect(check({ "If-None-Match": '"y", "x"' })).toBe(true);
    expect(check({ "If-None-Match": "*" })).toBe(true);
    expect(check({ "If-None-Match": '"y"' })).toBe(false);
  });

  it("compares If-Modified-Since at whole seconds", () => {
    expect(check({ "If-Modified-Since": "Tue, 23 Jul 2019 01:00:00 GMT" })).toBe(true);
    expect(check({ "If-Modified-Since": "Tue, 23 Jul 2019 02:00:00 GMT" })).toBe(true);
    expect(check({ "If-Modified-Since": "Tue, 23 Jul 2019 00:59:59 GMT" })).toBe(false);
    expect(check({ "If-Modified-Since": "yesterday" })).toBe(false);
    expect(isNotModified(new Headers({ "If-Modified-Since": "Tue, 23 Jul 2019 02:00:00 GMT" }), etag, null)).toBe(false);
  });

  it("ignores If-Modified-Since when If-None-Match is present", () => {
    expect(check({ "If-None-Match": '"y"', "If-Modified-Since": "Tue, 23 Jul 2019 02:00:00 GMT" })).toBe(false);
  });

  it("is false without conditions", () => {
    expect(check({})).toBe(false);
  });
});

describe("conditionalResponse", () => {
  const document = { body: "<feed/>", lastModified };

  it("serves the body with its validators, type and caching", async () => {
    const response = conditionalResponse(request(), document, contentTypes.atom);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("ETag")).toBe(strongEtag("<feed/>"));
    expect(response.headers.get("Last-Modified")).toBe("Tue, 23 Jul 2019 01:00:00 GMT");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(await response.text()).toBe("<feed/>");
  });

  it("answers a current copy with 304, no body, and the same validators", async () => {
    const response = conditionalResponse(request({ "If-None-Match": strongEtag("<feed/>") }), document, contentTypes.atom);
    expect(response.status).toBe(304);
    expect(await response.text()).toBe("");
    expect(response.headers.get("ETag")).toBe(strongEtag("<feed/>"));
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    expect(response.headers.has("Content-Type")).toBe(false);
  });

  it("serves a changed body in full", () => {
    const response = conditionalResponse(request({ "If-None-Match": strongEtag("<feed></feed>") }), document, contentTypes.atom);
    expect(response.status).toBe(200);
  });

  it("omits Last-Modified when nothing was ever published", () => {
    expect(conditionalResponse(request(), { body: "[]", lastModified: null }, contentTypes.json).headers.has("Last-Modified")).toBe(false);
  });
});

describe("notFound", () => {
  it("is JSON {error: not_found} for the API and never cached", async () => {
    const response = notFound("json");
    expect(response.status).toBe(404);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: "not_found" });
  });
});
