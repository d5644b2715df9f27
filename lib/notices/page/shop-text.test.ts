import { describe, expect, it } from "vitest";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import { shopText } from "./shop-text";
import { buildNoticeView } from "./view";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { paymentMethods } from "@/prisma/seed/catalog";

type Content = typeof notice001.revision1;
/** As publication does (lib/notices/content/snapshots.ts): catalog cells get today's names as frozen labels. */
function frozen(content: Content, rename: Record<string, string> = {}): Content {
  const parsed = revisionContentSchema.parse(content);
  for (const section of parsed.sections)
    for (const block of section.blocks)
      if (block.type === "IMPACT_TABLE")
        for (const row of block.rows)
          for (const cell of row.cells)
            if (!cell.label && cell.refs.length) {
              const names = cell.refs.map((k) => rename[k] ?? paymentMethods.find((m) => m.key === k)?.nameJa ?? k);
              cell.label = { ja: names.join("\n") };
            }
  return parsed as unknown as Content;
}

const issuer = { nameJa: "ヤマトフィナンシャル株式会社", nameEn: null, serviceNameJa: "クロネコwebコレクト", serviceNameEn: "Kuroneko Web Collect", logoPath: null, copyrightJa: null, copyrightEn: null };
const view = (content: typeof notice001.revision1, locale: "ja" | "en") =>
  buildNoticeView(
    {
      slug: "x",
      kind: "EXTRAORDINARY",
      number: 1,
      publishedAt: notice001.publishedAt,
      content: revisionContentSchema.parse(content),
      contact: null,
      issuer,
      history: [{ number: 1, publishedAt: notice001.publishedAt, amendment: null }],
    },
    locale,
    new Date("2026-01-01T00:00:00Z"),
  );

describe("shopText", () => {
  it("names the payment methods that stop, and only those, with the window", () => {
    const { text, html } = shopText(view(frozen(notice001.revision1), "ja"));
    expect(text).toContain("日時: 2020年4月20日(月) 午前2:00～6:00 (4時間)");
    expect(text).toContain("・クレジットカード払い\n");
    expect(text).toContain("・クロネコペイ");
    expect(text).not.toContain("銀行振込");
    expect(text).not.toContain("auかんたん決済");
    expect(html).toContain("<li>コンビニオンライン払い</li>");
  });
  it("speaks of the service where the notice names no payment methods", () => {
    const { text } = shopText(view(notice000.revision2, "en"));
    expect(text).toContain("payments through Kuroneko Web Collect are unavailable");
    expect(text).toContain("When: Mon, 29 July 2019, 2:00–7:00 JST (5 hours)");
  });
  it("escapes the HTML variant", () => {
    const { html } = shopText(view(frozen(notice001.revision1, { carrier: "<script>alert(1)</script>" }), "ja"));
    expect(html).toContain("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>");
    expect(html).not.toContain("<script>");
  });
});
