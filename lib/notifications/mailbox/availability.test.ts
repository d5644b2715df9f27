import { describe, expect, it } from "vitest";
import { mailboxAvailable } from "./availability";

describe("the development mailbox", () => {
  it("is there in development, with or without SMTP", () => {
    expect(mailboxAvailable({ NODE_ENV: "development" })).toBe(true);
    expect(mailboxAvailable({ NODE_ENV: "development", SMTP_URL: "smtp://mail.test:587" })).toBe(true);
  });

  it("is there in production only while no SMTP server is configured", () => {
    expect(mailboxAvailable({ NODE_ENV: "production" })).toBe(true);
    expect(mailboxAvailable({ NODE_ENV: "production", SMTP_URL: "" })).toBe(true);
    expect(mailboxAvailable({ NODE_ENV: "production", SMTP_URL: "smtp://mail.test:587" })).toBe(false);
  });
});
