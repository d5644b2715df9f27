import { describe, expect, it } from "vitest";
import { parseScreenQuery } from "./screen-query";

const parse = (query: string, acceptLanguage: string | null = null) => parseScreenQuery(new URLSearchParams(query), acceptLanguage);

describe("parseScreenQuery: the screens' parameters", () => {
  it("takes a channel, a language and an instant", () => {
    expect(parse("channel=link-payment-page&lang=en&at=2019-07-29T02:00:00%2B09:00")).toEqual({
      channel: "link-payment-page",
      lang: "en",
      negotiated: false,
      at: new Date("2019-07-28T17:00:00Z"),
    });
  });

  it("lets Accept-Language decide without lang, Japanese when it names neither language", () => {
    expect(parse("channel=a", "en-US,en;q=0.9")).toMatchObject({ lang: "en", negotiated: true });
    expect(parse("channel=a", "fr-FR,ja;q=0.5,en;q=0.4")).toMatchObject({ lang: "ja", negotiated: true });
    expect(parse("channel=a", "de")).toMatchObject({ lang: "ja", negotiated: true });
    expect(parse("channel=a", null)).toMatchObject({ lang: "ja", negotiated: true });
    // lang given wins over the browser
    expect(parse("channel=a&lang=ja", "en")).toMatchObject({ lang: "ja", negotiated: false });
  });

  it("refuses a missing or malformed channel, a bad lang and a bad instant, in the browser's language", () => {
    expect(parse("lang=ja")).toEqual({ lang: "ja", problem: expect.stringContaining("パラメータ「channel」でチャネルを指定") });
    expect(parse("channel=", "en")).toEqual({ lang: "en", problem: expect.stringContaining(`Name a channel with the "channel" parameter`) });
    expect(parse("channel=a%00b", "en")).toEqual({ lang: "en", problem: expect.stringContaining(`"channel" must be a channel key`) });
    expect(parse("channel=%3Cscript%3E")).toEqual({ lang: "ja", problem: expect.stringContaining("チャネルのキー") });
    expect(parse("channel=a&lang=fr", "en")).toEqual({ lang: "en", problem: `Parameter "lang" must be ja or en.` });
    expect(parse("channel=a&at=yesterday")).toEqual({ lang: "ja", problem: expect.stringContaining("パラメータ「at」") });
    // an instant without its offset is ambiguous
    expect(parse("channel=a&at=2019-07-29T02:00:00", "en")).toEqual({ lang: "en", problem: expect.stringContaining(`"at" must be an ISO 8601 instant`) });
    expect(parse("channel=a&channel=b", "en")).toEqual({ lang: "en", problem: `Parameter "channel" is given more than once.` });
  });

  it("lets parameters it does not read through (merchants' redirects add their own)", () => {
    expect(parse("channel=a&utm_source=shop&return=https://x")).toMatchObject({ channel: "a", lang: "ja" });
  });
});
