import { describe, expect, it } from "vitest";
import * as notice000 from "@/prisma/seed/notice-000";
import * as notice001 from "@/prisma/seed/notice-001";
import { stopSummary } from "./summary";
import { impactOf } from "./test-fixtures";
const names = (group: { entries: { name: string; partly: boolean }[] }) => group.entries.map((e) => (e.partly ? `${e.name} (partly)` : e.name));

describe("stopSummary", () => {
  it("001: what stops, 後払い only partly, and the two methods that stay available", () => {
    const summary = stopSummary(impactOf(notice001.revision1), "ja");
    expect(summary.stops.map((g) => g.kind)).toEqual(["services", "paymentMethods", "channels"]);
    expect(names(summary.stops[0]!)).toEqual(["クロネコwebコレクト", "クロネコ代金後払いサービス (partly)"]);
    expect(names(summary.stops[1]!)).toEqual(["クレジットカード払い", "コンビニオンライン払い", "キャリア払い", "クロネコペイ"]);
    expect(names(summary.stops[2]!)).toEqual(["リンク方式お支払い手続き画面", "トークン(組込)方式", "API方式", "トークン(モーダル)方式", "クロネコペイ(モーダル)", "加盟店管理画面"]);
    expect(summary.staysAvailable).toEqual([
      {
        kind: "paymentMethods",
        entries: [
          { key: "au-easy-payment", name: "auかんたん決済", lang: "ja", partly: false },
          { key: "bank-transfer", name: "銀行振込", lang: "ja", partly: false },
        ],
      },
    ]);
  });

  it("000 in English: everything through the listed channels stops, nothing is said to stay available", () => {
    const summary = stopSummary(impactOf(notice000.revision2), "en");
    expect(names(summary.stops[0]!)).toEqual(["Kuroneko Web Collect"]);
    expect(names(summary.stops[1]!)).toEqual(["Credit card", "Convenience store online payment", "Carrier billing", "Kuroneko Pay"]);
    expect(summary.stops[2]!.entries).toHaveLength(7);
    expect(summary.staysAvailable).toEqual([]);
  });

  it("uses the names frozen at publication, Japanese where no English was recorded", () => {
    const impact = impactOf(notice001.revision1);
    impact.names.paymentMethods["bank-transfer"] = { ja: "銀行振込（旧称）", en: null };
    expect(stopSummary(impact, "en").staysAvailable[0]!.entries[1]).toMatchObject({ name: "銀行振込（旧称）", lang: "ja" });
    expect(stopSummary(impact, "en").staysAvailable[0]!.entries[0]).toMatchObject({ name: "au Easy Payment", lang: "en" });
  });
});
