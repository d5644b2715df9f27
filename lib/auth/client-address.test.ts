import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("takes the entry the reverse proxy appended, not what the client sent", () => {
    expect(clientAddress({ "x-forwarded-for": "10.0.0.1, 203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
  });
  it("has one bucket for requests without the header", () => {
    expect(clientAddress({})).toBe("direct");
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe("direct");
  });
});
