import { describe, expect, it } from "vitest";
import { servedOverHttps } from "./secure-cookies";

describe("servedOverHttps", () => {
  it("is true when either public address is https", () => {
    expect(servedOverHttps({ NEXTAUTH_URL: "https://notices.example.jp" })).toBe(true);
    expect(servedOverHttps({ PUBLIC_BASE_URL: "https://notices.example.jp" })).toBe(true);
    // npm start's local NEXTAUTH_URL must not switch off a deployment's https
    expect(servedOverHttps({ NEXTAUTH_URL: "http://127.0.0.1:3000", PUBLIC_BASE_URL: "https://notices.example.jp" })).toBe(true);
  });
  it("is false over plain HTTP or without configuration", () => {
    expect(servedOverHttps({ NEXTAUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
  });
});
