// The pure rules of delivery: which SMTP failures are permanent, the retry delays, the
// stable message ids, and where mail goes per environment.
import { describe, expect, it } from "vitest";
import { messageIdFor } from "./message-id";
import { retryDelayMs } from "./settings";
import { classifySmtpError, mailTransportConfig } from "./transport-config";

describe("classifySmtpError", () => {
  it("treats a 5xx reply as permanent and keeps the server's answer", () => {
    expect(classifySmtpError({ responseCode: 550, response: "550 5.1.1 No such user", code: "EENVELOPE" })).toEqual({ permanent: true, response: "550 5.1.1 No such user" });
  });
  it("treats a 4xx reply, a refused connection and a timeout as transient", () => {
    expect(classifySmtpError({ responseCode: 451, response: "451 4.3.0 try later" }).permanent).toBe(false);
    expect(classifySmtpError({ code: "ECONNECTION", message: "connect ECONNREFUSED 127.0.0.1:25" })).toEqual({ permanent: false, response: "ECONNECTION: connect ECONNREFUSED 127.0.0.1:25" });
    expect(classifySmtpError({ code: "ETIMEDOUT", message: "Timeout" }).permanent).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("doubles from the base after each failed attempt, capped", () => {
    const settings = { retryBaseMs: 60_000, retryMaxMs: 6 * 3_600_000 };
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, settings))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(11, settings)).toBe(6 * 3_600_000);
  });
});

describe("messageIdFor", () => {
  const publication = { event: "PUBLICATION" as const, revisionId: "rev1" };
  const to = { channel: "EMAIL" as const, address: "a@example.com", ownerId: "m1" };
  it("is the same for the same message and differs for another recipient, owner, revision or edge instant", () => {
    const id = messageIdFor(publication, to);
    expect(id).toMatch(/^publication\.[0-9a-f]{32}$/);
    expect(messageIdFor(publication, { ...to })).toBe(id);
    expect(messageIdFor(publication, { ...to, address: "b@example.com" })).not.toBe(id);
    expect(messageIdFor(publication, { ...to, ownerId: "m2" })).not.toBe(id);
    expect(messageIdFor({ ...publication, revisionId: "rev2" }, to)).not.toBe(id);
    const edge = { event: "WINDOW_START" as const, noticeId: "n1", windowKey: "main", at: new Date("2030-01-01T00:00:00Z") };
    expect(messageIdFor(edge, to)).toMatch(/^window-start\./);
    expect(messageIdFor({ ...edge, at: new Date("2030-01-02T00:00:00Z") }, to)).not.toBe(messageIdFor(edge, to));
  });
});

describe("mailTransportConfig", () => {
  it("uses SMTP_URL when set and refuses anything but smtp:// or smtps://", () => {
    expect(mailTransportConfig({ SMTP_URL: "smtp://u:p@mail.example.jp:587", NODE_ENV: "production" })).toEqual({ kind: "smtp", url: "smtp://u:p@mail.example.jp:587" });
    expect(() => mailTransportConfig({ SMTP_URL: "http://u:p@mail.example.jp" })).toThrow("SMTP_URL must start with smtp:// or smtps:// (got \"http://…@mail.example.jp\")");
  });
  it("catches mail in development, refuses production without SMTP_URL unless the catch-all is chosen", () => {
    expect(mailTransportConfig({ NODE_ENV: "development" })).toEqual({ kind: "catch-all" });
    expect(() => mailTransportConfig({ NODE_ENV: "production" })).toThrow(/^SMTP_URL is not set: in production the notification worker needs an SMTP server/);
    expect(mailTransportConfig({ NODE_ENV: "production", MAIL_TRANSPORT: "catch-all" })).toEqual({ kind: "catch-all" });
  });
});
