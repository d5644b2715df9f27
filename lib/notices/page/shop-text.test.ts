import { describe, expect, it } from "vitest";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { shopText } from "./shop-text";
import { buildNoticeView } from "./view";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { impactOf } from "@/lib/affected/test-fixtures";
import type { RevisionImpact } from "@/lib/affected/types";
import type { RevisionContentInput } from "@/lib/notices/content/schema";

const issuer = { nameJa: "ヤマトフィナンシャル株式会社", nameEn: null, serviceNameJa: "クロネコwebコレクト", serviceNameEn: "Kuroneko Web Collect", logoPath: null, copyrightJa: null, copyrightEn: null };
// notice 001 states no publication date: backfilled with it unknown, at some instant
const backfilledAt = new Date("2026-11-29T00:00:00Z");
const view = (content: RevisionContentInput, locale: "ja" | "en", impact: RevisionImpact = impactOf(content)) =>
  buildNoticeView(
    {
      slug: "x",
      kind: "EXTRAORDINARY",
      number: 1,
      publishedAt: backfilledAt,
      publishedAtKnown: false,
      content: revisionContentSchema.parse(content),
      contact: null,
      issuer,
      history: [{ number: 1, publishedAt: backfilledAt, publishedAtKnown: false, amendment: null }],
      impact,
    },
    locale,
    new Date("2026-01-01T00:00:00Z"),
  );

describe("shopText", () => {
  it("names the payment methods that stop, and only those, with the window", () => {
    const { text, html } = shopText(view(notice001.revision1, "ja"));
    expect(text).toContain("日時: 2020年4月20日(月) 午前2:00～6:00 (4時間)");
    expect(text).toContain("・クレジットカード払い\n");
    expect(text).toContain("・クロネコペイ");
    expect(text).not.toContain("銀行振込");
    expect(text).not.toContain("auかんたん決済");
    expect(html).toContain("<li>コンビニオンライン払い</li>");
  });
  it("names what stops through the channels a notice lists, though its table names no payment method (000)", () => {
    const { text } = shopText(view(notice000.revision2, "en"));
    expect(text).toContain("the following payment methods are unavailable");
    expect(text).toContain("- Credit card\n- Convenience store online payment\n- Carrier billing\n- Kuroneko Pay");
    expect(text).toContain("When: Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  });
  it("speaks of the service where no payment method stops", () => {
    const base = notice001.revision1;
    const consoleOnly = {
      ...base,
      windows: [{ ...base.windows![0]!, channelKeys: ["merchant-console"] }],
      screen: { ...base.screen!, channelKeys: ["merchant-console"] },
      sections: base.sections.filter((s) => s.key === "content"),
    };
    const { text } = shopText(view(consoleOnly, "en"));
    expect(text).toContain("payments through Kuroneko Web Collect are unavailable");
  });
  it("uses the names frozen at publication and escapes the HTML variant", () => {
    const impact = impactOf(notice001.revision1);
    impact.names.paymentMethods.carrier = { ja: "<script>alert(1)</script>", en: null };
    const { html } = shopText(view(notice001.revision1, "ja", impact));
    expect(html).toContain("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>");
    expect(html).not.toContain("<script>");
  });
});
