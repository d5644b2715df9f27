import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caughtMail, caughtMails, MAILBOX_PAGE_SIZE } from "./read";

// The development mailbox reads what the delivery's catch-all stored: a raw RFC 5322
// message, here one written as nodemailer writes a multipart/alternative mail.
const tag = `mb${Date.now().toString(36)}`;

const raw = (to: string) =>
  [
    `From: =?UTF-8?B?${Buffer.from("メンテナンス通知").toString("base64")}?= <notices@psp.test>`,
    `To: ${to}`,
    `Subject: =?UTF-8?B?${Buffer.from("【重要】メンテナンスのお知らせ").toString("base64")}?=`,
    `Message-ID: <${tag}@psp.test>`,
    "Date: Thu, 23 Jul 2026 01:00:00 +0000",
    "List-Unsubscribe: <https://psp.test/unsubscribe/abc>,",
    " <mailto:unsubscribe@psp.test>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    "MIME-Version: 1.0",
    'Content-Type: multipart/alternative; boundary="b1"',
    "",
    "--b1",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from("7月29日 2:00～7:00 に停止します。").toString("base64"),
    "--b1",
    "Content-Type: text/html; charset=utf-8",
    "Content-Transfer-Encoding: quoted-printable",
    "",
    '<p style=3D"color:red">=E5=81=9C=E6=AD=A2</p><script>alert(1)</script>',
    "--b1--",
    "",
  ].join("\r\n");

describe("the development mailbox", () => {
  it("shows a caught mail's decoded headers, its text and its HTML apart", async () => {
    const row = await db.caughtMail.create({ data: { messageId: `${tag}@psp.test`, recipients: [`shop-${tag}@shop.test`], subject: "【重要】メンテナンスのお知らせ", raw: raw(`shop-${tag}@shop.test`) } });
    const mail = await caughtMail(row.id);
    expect(mail?.headers).toEqual({
      from: `"メンテナンス通知" <notices@psp.test>`,
      to: `shop-${tag}@shop.test`,
      subject: "【重要】メンテナンスのお知らせ",
      date: "2026-07-23T01:00:00.000Z",
      messageId: `<${tag}@psp.test>`,
      listUnsubscribe: "<https://psp.test/unsubscribe/abc>, <mailto:unsubscribe@psp.test>",
      listUnsubscribePost: "List-Unsubscribe=One-Click",
    });
    expect(mail?.text?.trim()).toBe("7月29日 2:00～7:00 に停止します。");
    // the HTML as sent: the page puts it in a sandboxed frame, never into its own markup
    expect(mail?.html).toBe('<p style="color:red">停止</p><script>alert(1)</script>');
    expect(await caughtMail("nosuchmail")).toBeNull();
  });

  it("lists newest first, a page at a time", async () => {
    await db.caughtMail.createMany({
      data: Array.from({ length: MAILBOX_PAGE_SIZE + 2 }, (_, i) => ({ messageId: `${tag}-${i}`, recipients: [`r${i}@shop.test`], subject: `${tag} ${i}`, raw: "", createdAt: new Date(Date.UTC(2030, 0, 1) + i * 1000) })),
    });
    const first = await caughtMails();
    expect(first.mails[0]!.subject).toBe(`${tag} ${MAILBOX_PAGE_SIZE + 1}`);
    expect(first.mails).toHaveLength(MAILBOX_PAGE_SIZE);
    const second = await caughtMails(first.next!);
    expect(second.mails.map((mail) => mail.subject).slice(0, 2)).toEqual([`${tag} 1`, `${tag} 0`]);
  });
});
