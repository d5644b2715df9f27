import { describe, expect, it } from "vitest";
import { impactOf } from "@/lib/affected/test-fixtures";
import { revisionContentSchema, type RevisionContentInput } from "@/lib/notices/content/schema";
import type { NoticeInput } from "@/lib/notices/page/view";
import * as catalog from "@/prisma/seed/catalog";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { noticeMailText } from "./text";
import { buildMailView, type NoticeMailInput } from "./view";

const { key: _key, ...contact } = catalog.contact2019;
const issuer = { ...catalog.issuer, logoPath: null };
const history000 = [
  { number: 1, publishedAt: notice000.firstPublishedAt, publishedAtKnown: true, amendment: null },
  {
    number: 2,
    publishedAt: notice000.amendedAt,
    publishedAtKnown: true,
    amendment: { type: "ADDENDUM" as const, summaryJa: notice000.revision2.amendment!.summary.ja, summaryEn: notice000.revision2.amendment!.summary.en ?? null, sectionKeys: ["delays"], windowKeys: [] },
  },
];

function notice(content: RevisionContentInput, over: Partial<NoticeInput> = {}): NoticeInput {
  return {
    slug: notice000.slug,
    kind: "SCHEDULED",
    number: 2,
    publishedAt: notice000.amendedAt,
    publishedAtKnown: true,
    content: revisionContentSchema.parse(content),
    impact: impactOf(content),
    contact,
    issuer,
    history: history000,
    ...over,
  };
}

const merchant = { kind: "merchant" as const, merchantName: "テスト商店" };
const subscriber = { kind: "subscriber" as const, unsubscribeUrl: "https://notices.example/api/subscriptions/unsubscribe?token=abc", manageUrl: "https://notices.example/subscribe/manage?token=abc" };
const input = (over: Partial<NoticeMailInput>): NoticeMailInput => ({
  event: "PUBLICATION",
  locale: "ja",
  notice: notice(notice000.revision2),
  windowKey: null,
  recipient: merchant,
  links: { notice: "https://notices.example/notices/x", ics: "https://notices.example/notices/x/calendar.ics" },
  fallbackContact: null,
  postalAddress: "東京都中央区銀座2-16-10",
  at: new Date("2019-07-24T00:00:00Z"),
  ...over,
});

describe("the notice mail's view model and text", () => {
  it("ja, an amendment: the amendment first, the subject with the page's suffix, the window with weekday and duration", () => {
    const view = buildMailView(input({}));
    expect(view.subject).toBe(`【メンテナンス】${view.title.text} ※7/23 追記あり`);
    expect(view.amendment!.heading).toBe("このお知らせを更新しました（追記）");
    expect(view.amendment!.summary!.text).toBe("「メンテナンスによる本与信および日中警報(初回)の遅延について」を追記");
    expect(view.windows.items.map((w) => w.text)).toEqual(["2019年7月29日(月) 午前2:00～7:00 (5時間)"]);
    expect(view.action.levelText).toBe("対応は不要です");
    const text = noticeMailText(view);
    // the amendment comes before the notice's facts
    expect(text.indexOf("■ このお知らせを更新しました（追記）")).toBeLessThan(text.indexOf("■ 停止日時"));
    expect(text).toContain("テスト商店 ご担当者様");
    expect(text).toContain("サービス：クロネコwebコレクト");
    expect(text).toContain("お知らせのページ：https://notices.example/notices/x\n");
    expect(text).toContain("カレンダーに追加 (.ics)：https://notices.example/notices/x/calendar.ics\n");
    // the footer: sender, address, contact, why and how to stop
    expect(text).toContain("送信者：ヤマトフィナンシャル株式会社\n所在地：東京都中央区銀座2-16-10\nお問い合わせ先：\n  ヤマトフィナンシャル株式会社 カスタマーサービスセンター");
    expect(text).toContain("E-mail: payment@kuronekoyamato.co.jp");
    expect(text).toContain("加盟店様（テスト商店）にご登録いただいている連絡先");
    expect(text).toContain("配信先の変更・停止は、上記のお問い合わせ先までご連絡ください。");
  });

  it("en, the same amendment for a subscriber: English labels, unsubscribe and manage links", () => {
    const view = buildMailView(input({ locale: "en", recipient: subscriber }));
    expect(view.subject).toBe(`[Maintenance] ${view.title.text} (Updated 23 Jul: addendum)`);
    expect(view.amendment!.heading).toBe("This notice has been updated (addendum)");
    expect(view.amendment!.summary).toEqual({ text: "Added the section on delays to final authorisation and to the first daytime alerts", lang: "en", fallback: false });
    expect(view.windows.items[0]!.text).toBe("Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
    const text = noticeMailText(view);
    expect(text).toContain("== What stops ==");
    expect(text).toContain("Unsubscribe: https://notices.example/api/subscriptions/unsubscribe?token=abc\n");
    expect(text).toContain("Change what you receive or the language: https://notices.example/subscribe/manage?token=abc\n");
    expect(text).toContain("because you subscribed");
    expect(text).toContain("Sender: Yamato Financial Co., Ltd.\nAddress: 東京都中央区銀座2-16-10");
    expect(text).not.toContain("registered contact");
  });

  it("a first publication has no amendment block and no suffix; the conditional action carries its condition", () => {
    for (const locale of ["ja", "en"] as const) {
      const view = buildMailView(input({ locale, notice: notice(notice001.revision1, { slug: notice001.slug, kind: "EXTRAORDINARY", number: 1, history: [{ number: 1, publishedAt: new Date("2020-04-01T00:00:00Z"), publishedAtKnown: false, amendment: null }] }) }));
      expect(view.amendment).toBeNull();
      expect(view.titleSuffix).toBeNull();
      expect(view.action.level).toBe("CONDITIONAL");
      expect(view.action.levelText).toBe(locale === "ja" ? "条件により対応が必要です" : "Action needed in some cases");
      expect(noticeMailText(view)).toContain(locale === "ja" ? "値「14」の追加" : "the new value “14”");
    }
  });

  it("REMINDER, WINDOW_START and WINDOW_END lead with what happens to which window; a window crossing midnight shows both dates", () => {
    const overnight: RevisionContentInput = { ...notice000.revision1, windows: [{ ...notice000.revision1.windows![0]!, startsAt: "2019-07-28T14:00:00Z", endsAt: "2019-07-28T17:30:00Z" }] };
    const n = notice(overnight, { number: 1, publishedAt: notice000.firstPublishedAt, history: history000.slice(0, 1) });
    const ja = buildMailView(input({ event: "REMINDER", notice: n, windowKey: "main" }));
    expect(ja.lead).toBe("まもなく次のメンテナンスを開始いたします：2019年7月28日(日) 午後11:00～7月29日(月) 午前2:30 (3時間30分)");
    expect(ja.subject).toBe(`【メンテナンス】【開始前のご案内】${ja.title.text}`);
    expect(ja.amendment).toBeNull();
    const en = buildMailView(input({ event: "WINDOW_START", locale: "en", notice: n, windowKey: "main" }));
    expect(en.lead).toBe("This maintenance has started: Sun, 28 July 2019, 23:00 – Mon, 29 July 2019, 2:30 JST (3 hours 30 minutes)");
    expect(en.subject.startsWith("[Maintenance] [Started] ")).toBe(true);
    expect(buildMailView(input({ event: "WINDOW_END", notice: n, windowKey: "main" })).lead).toMatch(/^メンテナンスは終了いたしました：/);
    // the amendment's suffix still shows in a reminder's subject, as on the page
    expect(buildMailView(input({ event: "REMINDER", windowKey: "main" })).subject).toMatch(/【開始前のご案内】.* ※7\/23 追記あり$/);
  });

  it("a 表記修正 shows no amendment and no suffix (it notifies nobody, and a mail about it says nothing of it)", () => {
    const editorial = history000.map((h) => (h.amendment ? { ...h, amendment: { ...h.amendment, type: "EDITORIAL" as const } } : h));
    const view = buildMailView(input({ notice: notice(notice000.revision2, { history: editorial }) }));
    expect(view.amendment).toBeNull();
    expect(view.subject).not.toContain("※");
  });

  it("refuses a window message without its window, and a window the revision does not have", () => {
    expect(() => buildMailView(input({ event: "REMINDER" }))).toThrow("a REMINDER mail is about a window: windowKey is required");
    expect(() => buildMailView(input({ windowKey: "nope" }))).toThrow(`has no window "nope"`);
  });

  it("leaves the address line out when none is configured, and uses the fallback contact when the revision froze none", () => {
    const view = buildMailView(input({ postalAddress: null, notice: { ...notice(notice000.revision2), contact: null }, fallbackContact: { ...contact, departmentJa: "お客様窓口" } }));
    const text = noticeMailText(view);
    expect(text).not.toContain("所在地");
    expect(text).toContain("ヤマトフィナンシャル株式会社 お客様窓口");
  });
});
