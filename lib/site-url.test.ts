import { afterEach, describe, expect, it, vi } from "vitest";
import { siteUrl } from "./site-url";

afterEach(() => vi.unstubAllEnvs());

describe("siteUrl", () => {
  it("falls back to the local server", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "");
    expect(siteUrl("/notices/x")).toBe("http://localhost:3000/notices/x");
  });

  it("joins the configured origin and the path with one slash", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://notices.example.jp/");
    expect(siteUrl("/en/feed.xml")).toBe("https://notices.example.jp/en/feed.xml");
    expect(siteUrl("calendar.ics")).toBe("https://notices.example.jp/calendar.ics");
  });
});
