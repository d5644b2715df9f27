import { describe, expect, it } from "vitest";
import { ownPageUrl } from "./own-page-url";

describe("ownPageUrl", () => {
  it("names the origin next start listens on, not the proxy's normalized localhost, without the query", () => {
    expect(ownPageUrl("/notices/x/withdrawn", { url: "http://localhost:3203/notices/x?a=1" }, "http://127.0.0.1:3203").toString()).toBe(
      "http://127.0.0.1:3203/notices/x/withdrawn",
    );
  });

  it("keeps the request's origin when the server's is unknown", () => {
    expect(ownPageUrl("/en/notices/x/withdrawn", { url: "http://localhost:3000/en/notices/x" }, undefined).toString()).toBe(
      "http://localhost:3000/en/notices/x/withdrawn",
    );
  });
});
