// The development catch-all, against real PostgreSQL: with no SMTP_URL outside
// production, a mail is kept whole (the raw message) in CaughtMail for the console.
import { randomUUID } from "node:crypto";
import { simpleParser } from "mailparser";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import { closeMailTransport, deliverMail } from "./transport";

const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM, PUBLIC_BASE_URL: process.env.PUBLIC_BASE_URL };
beforeAll(async () => {
  await seed();
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) if (value === undefined) delete process.env[name]; else process.env[name] = value;
  closeMailTransport();
});

describe("deliverMail without SMTP_URL (development)", () => {
  it("keeps the raw message in CaughtMail, with the Message-ID at the site's host and the configured From", async () => {
    delete process.env.SMTP_URL;
    process.env.PUBLIC_BASE_URL = "https://notices.example.jp";
    process.env.MAIL_FROM = "notices@example.jp";
    const id = `publication.${randomUUID().replace(/-/g, "")}`;
    const outcome = await deliverMail({ to: "dev@example.com", subject: "メンテナンスのお知らせ", html: "<p>本文</p>", text: "本文", messageId: id, headers: { "X-Test": "1" } });
    expect(outcome).toEqual({ ok: true, response: "caught (development catch-all: no SMTP_URL)" });
    const caught = await db.caughtMail.findFirstOrThrow({ where: { messageId: `<${id}@notices.example.jp>` } });
    expect(caught).toMatchObject({ recipients: ["dev@example.com"], subject: "メンテナンスのお知らせ" });
    // the raw message is a whole RFC 5322 message: a mail parser reads it back
    const parsed = await simpleParser(caught.raw);
    expect(parsed.messageId).toBe(`<${id}@notices.example.jp>`);
    expect(parsed.from?.value).toEqual([{ address: "notices@example.jp", name: "" }]);
    expect(parsed.subject).toBe("メンテナンスのお知らせ");
    expect(parsed.text?.trim()).toBe("本文");
    expect(parsed.headers.get("x-test")).toBe("1");
  });
});
