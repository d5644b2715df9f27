// renderNoticeMail against the seeded reference notices in real PostgreSQL: the
// revision as the notice page loads it, in ja and en, HTML and text, with the headers
// a subscriber's mail needs.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { renderNoticeMail } from "./render";

const revisions: Record<string, { id: string; windowId: string }> = {};

beforeAll(async () => {
  await seed();
  for (const [name, slug, number] of [["000", notice000.slug, 2], ["000-1", notice000.slug, 1], ["001", notice001.slug, 1]] as const) {
    const r = await db.revision.findFirstOrThrow({ where: { notice: { slug }, number }, select: { id: true, windows: { select: { id: true } } } });
    revisions[name] = { id: r.id, windowId: r.windows[0]!.id };
  }
});

afterEach(async () => {
  await db.issuer.updateMany({ data: { postalAddressJa: null, postalAddressEn: null } });
  delete process.env.PUBLIC_BASE_URL;
});

const merchant = { kind: "merchant" as const, merchantName: "株式会社テスト商店" };
const subscriber = { kind: "subscriber" as const, unsubscribeUrl: "https://notices.example/api/subscriptions/unsubscribe?token=t0k", manageUrl: "https://notices.example/subscribe/manage?token=t0k" };

describe("renderNoticeMail", () => {
  it("notice 000's amendment in Japanese to a merchant: subject with ※7/23 追記あり, the amendment first, absolute links, the footer", async () => {
    process.env.PUBLIC_BASE_URL = "https://notices.example";
    // the sender's address as an admin keeps it on the brand page
    await db.issuer.updateMany({ data: { postalAddressJa: "東京都中央区銀座2-16-10" } });
    const mail = await renderNoticeMail({ event: "PUBLICATION", locale: "ja", revisionId: revisions["000"]!.id, windowId: null, recipient: merchant });
    expect(mail.subject).toBe("【メンテナンス】「クロネコwebコレクト」定期システムメンテナンス実施(7/29)のお知らせ ※7/23 追記あり");
    expect(mail.headers).toEqual({});
    expect(mail.text).toContain("株式会社テスト商店 ご担当者様");
    expect(mail.text.indexOf("■ このお知らせを更新しました（追記）")).toBeLessThan(mail.text.indexOf("■ 停止日時"));
    expect(mail.text).toContain("・2019年7月29日(月) 午前2:00～7:00 (5時間)");
    expect(mail.text).toContain(`お知らせのページ：https://notices.example/notices/${notice000.slug}\n`);
    expect(mail.text).toContain(`カレンダーに追加 (.ics)：https://notices.example/notices/${notice000.slug}/calendar.ics\n`);
    expect(mail.text).toContain("送信者：ヤマトフィナンシャル株式会社\n所在地：東京都中央区銀座2-16-10");
    // the contact the revision froze (2019: half-width marks)
    expect(mail.text).toContain("フリーダイヤル:0120-69-5090 電話:03-6671-8080(営業時間:9:00-18:00)");
    expect(mail.html.startsWith('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"/>')).toBe(true);
    expect(mail.html).toContain(`<a href="https://notices.example/notices/${notice000.slug}"`);
    expect(mail.html).toContain("このお知らせを更新しました（追記）");
    expect(mail.html).toContain('role="presentation"');
    expect(mail.html).not.toContain("<style");
    expect(mail.html).not.toContain("<script");
  });

  it("the same revision in English to a subscriber: English texts, List-Unsubscribe with one-click", async () => {
    process.env.PUBLIC_BASE_URL = "https://notices.example";
    const mail = await renderNoticeMail({ event: "PUBLICATION", locale: "en", revisionId: revisions["000"]!.id, windowId: null, recipient: subscriber });
    expect(mail.subject).toMatch(/^\[Maintenance\] .+ \(Updated 23 Jul: addendum\)$/);
    expect(mail.headers).toEqual({ "List-Unsubscribe": `<${subscriber.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
    expect(mail.text).toContain("- Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
    expect(mail.text).toContain(`Notice page: https://notices.example/en/notices/${notice000.slug}\n`);
    expect(mail.text).toContain(`Unsubscribe: ${subscriber.unsubscribeUrl}\n`);
    expect(mail.text).not.toContain("Address:");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.html).toContain(`<a href="${subscriber.unsubscribeUrl}"`);
  });

  it("notice 001 (a first publication, conditional action, the 2020 contact) and a reminder of its window", async () => {
    const ja = await renderNoticeMail({ event: "PUBLICATION", locale: "ja", revisionId: revisions["001"]!.id, windowId: null, recipient: merchant });
    expect(ja.subject).toMatch(/^【メンテナンス】[^※]+$/);
    expect(ja.text).not.toContain("このお知らせを更新しました");
    expect(ja.text).toContain("■ 加盟店様の対応\n条件により対応が必要です\n");
    expect(ja.text).toContain("電話：03-6671-8080（受付時間：9：00-18：00）");
    const reminder = await renderNoticeMail({ event: "REMINDER", locale: "en", revisionId: revisions["001"]!.id, windowId: revisions["001"]!.windowId, recipient: merchant });
    expect(reminder.subject).toMatch(/^\[Maintenance\] \[Reminder\] /);
    expect(reminder.text).toContain("This maintenance begins soon: Mon, 20 April 2020, 2:00–6:00 JST (4 hours)");
  });

  it("a superseded revision renders as it was published; a draft or unknown revision is refused", async () => {
    const first = await renderNoticeMail({ event: "PUBLICATION", locale: "ja", revisionId: revisions["000-1"]!.id, windowId: null, recipient: merchant });
    expect(first.subject).not.toContain("※");
    await expect(renderNoticeMail({ event: "PUBLICATION", locale: "ja", revisionId: "no-such-revision", windowId: null, recipient: merchant })).rejects.toThrow(
      "renderNoticeMail: revision no-such-revision is not a published revision",
    );
    await expect(renderNoticeMail({ event: "REMINDER", locale: "ja", revisionId: revisions["001"]!.id, windowId: "no-such-window", recipient: merchant })).rejects.toThrow(
      "renderNoticeMail: no window no-such-window",
    );
  });
});
