import { describe, expect, it } from "vitest";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { missingTranslations } from "./translations";
import { buildNoticeView, type NoticeInput } from "./view";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";

const contact = {
  organizationJa: "ヤマトフィナンシャル株式会社",
  organizationEn: null,
  departmentJa: "カスタマーサービスセンター",
  departmentEn: null,
  freeDial: "0120-69-5090",
  phone: "03-6671-8080",
  hoursLabelJa: "営業時間",
  hoursLabelEn: null,
  hours: "9:00-18:00",
  email: "payment@kuronekoyamato.co.jp",
};
const issuer = { nameJa: "ヤマトフィナンシャル株式会社", nameEn: "Yamato Financial Co., Ltd.", serviceNameJa: "クロネコwebコレクト", serviceNameEn: null, logoPath: null, copyrightJa: null, copyrightEn: null };
const history = [
  { number: 1, publishedAt: notice000.firstPublishedAt, amendment: null },
  { number: 2, publishedAt: notice000.amendedAt, amendment: { type: "ADDENDUM" as const, summaryJa: "追記", summaryEn: null, sectionKeys: ["delays"] } },
];
const input = (number: 1 | 2): NoticeInput => ({
  slug: notice000.slug,
  kind: "SCHEDULED",
  number,
  publishedAt: history[number - 1]!.publishedAt,
  content: revisionContentSchema.parse(number === 1 ? notice000.revision1 : notice000.revision2),
  contact,
  issuer,
  history,
});
const after = new Date("2026-01-01T00:00:00Z");

describe("buildNoticeView", () => {
  it("derives the amended notice's suffix, banner, numbering and marker", () => {
    const view = buildNoticeView(input(2), "ja", after);
    expect(view.titleSuffix).toBe("※7/23 追記あり");
    expect(view.banner).toContain("「3. メンテナンスによる本与信および日中警報(初回)の遅延について」を追記いたしました。");
    expect(view.sections.map((s) => s.label)).toEqual(["1.", "2.", "3.", "4.", "5.", "資料 1"]);
    expect(view.sections.find((s) => s.key === "delays")!.marker).toBe("(7月23日追記)");
    expect(view.sections.filter((s) => s.marker)).toHaveLength(1);
    expect(view.windows[0]!.text).toBe("2019年7月29日(月) 午前2:00～7:00 (5時間)");
    expect(view.screen!.period).toBe("7月29日(月) 2時00分～7時00分");
    expect(view.status).toBe("past");
    expect(view.isCurrent).toBe(true);
  });

  it("shows revision 1 as it was on 6/22: no suffix, no banner, four sections", () => {
    const view = buildNoticeView(input(1), "ja", after);
    expect(view.titleSuffix).toBeNull();
    expect(view.banner).toBeNull();
    expect(view.sections.filter((s) => s.kind === "BODY").map((s) => `${s.label} ${s.heading?.text}`)).toEqual([
      "1. メンテナンス実施内容",
      "2. 対象サービス及び日時",
      "3. 今後のメンテナンスの予定",
      "4. 本件に関する問い合わせ先",
    ]);
    expect(view.isCurrent).toBe(false);
  });

  it("computes the status from the windows and the time", () => {
    expect(buildNoticeView(input(2), "ja", new Date("2019-07-28T18:00:00Z")).status).toBe("in-progress");
    expect(buildNoticeView(input(2), "ja", new Date("2019-07-28T16:59:59Z")).status).toBe("upcoming");
  });

  it("marks Japanese shown on the English page instead of hiding the gap", () => {
    const content = revisionContentSchema.parse({ ...notice000.revision2, title: { ja: "日本語のみ" } });
    const view = buildNoticeView({ ...input(2), content }, "en", after);
    expect(view.title).toEqual({ text: "日本語のみ", lang: "ja", fallback: true });
    expect(view.lead.fallback).toBe(false);
  });
});

describe("missingTranslations", () => {
  it("finds nothing missing in the seeded notices", () => {
    expect(missingTranslations(revisionContentSchema.parse(notice000.revision2))).toEqual([]);
    expect(missingTranslations(revisionContentSchema.parse(notice001.revision1))).toEqual([]);
  });
  it("lists the paths of texts without English", () => {
    const content = revisionContentSchema.parse({ ...notice001.revision1, title: { ja: "題" }, lead: { ja: "本文" } });
    expect(missingTranslations(content)).toEqual(["title", "lead"]);
  });
});
