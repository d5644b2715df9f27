import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embed-snippet";

describe("embedSnippet", () => {
  it("frames /maintenance/modal for the channel and language, with a title and no inline style", () => {
    expect(embedSnippet("https://notices.example.jp/", "link-payment-page", "en", "Maintenance")).toBe(
      `<iframe src="https://notices.example.jp/maintenance/modal?channel=link-payment-page&amp;lang=en" title="Maintenance" width="100%" height="120" loading="lazy" referrerpolicy="no-referrer"></iframe>`,
    );
  });

  it("escapes what it puts in attributes", () => {
    expect(embedSnippet("https://x.example", `a"b`, "ja", `<"&>`)).toContain(`src="https://x.example/maintenance/modal?channel=a%22b&amp;lang=ja" title="&lt;&quot;&amp;>"`);
  });
});
