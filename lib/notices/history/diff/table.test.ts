import { describe, expect, it } from "vitest";
import type { BlockContent } from "@/lib/notices/content/schema";
import { diffRevisions } from "./revision";
import { diffTable } from "./table";
import { tableProjection } from "./project";
import { edited, notice000Side } from "./test-fixtures";

type Table = Extract<BlockContent, { type: "IMPACT_TABLE" }>;
const impactTable = (side: ReturnType<typeof notice000Side>) =>
  side.content.sections.find((s) => s.key === "target")!.blocks.find((b): b is Table => b.type === "IMPACT_TABLE")!;

const newRow = {
  cells: [
    { refs: ["merchants"], label: { ja: "加盟店様", en: "Merchants" } },
    { refs: ["webhook"], label: { ja: "決済結果通知", en: "Result notification" } },
    { refs: [], text: { ja: "メンテナンス終了後に送信します。", en: "Sent after the maintenance." } },
  ],
};

describe("diffTable", () => {
  it("a table with one row added yields exactly one added row, the others unchanged", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => {
      const section = c.sections.find((s) => s.key === "target")!;
      (section.blocks[1] as Table).rows.splice(3, 0, newRow);
    });
    const diff = diffTable(tableProjection(impactTable(before), "ja", "Z010000000"), tableProjection(impactTable(after), "ja", "Z010000000"));
    expect(diff.rows.map((r) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "added", "unchanged", "unchanged"]);
    expect(diff.rows[3]!.cells.map((c) => c.text)).toEqual(["加盟店様", "決済結果通知", "メンテナンス終了後に送信します。"]);
    expect(diff.columns.map((c) => c.text)).toEqual(["対象", "サービス", "影響範囲"]);
  });

  it("a row with one cell changed shows as the old row removed and the new row added, whole", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => {
      (c.sections.find((s) => s.key === "target")!.blocks[1] as Table).rows[4]!.cells[2]!.text = { ja: "ご利用いただけます。" };
    });
    const diff = diffTable(tableProjection(impactTable(before), "ja", "Z010000000"), tableProjection(impactTable(after), "ja", "Z010000000"));
    expect(diff.rows.filter((r) => r.status !== "unchanged").map((r) => [r.status, r.cells[1]!.text, r.cells[2]!.text])).toEqual([
      ["removed", "テスト環境(画面)", expect.stringContaining("切替わり")],
      ["added", "テスト環境(画面)", "ご利用いただけます。"],
    ]);
  });

  it("projects cells as the reader reads them: footnote numbers and the error code in place", () => {
    const projection = tableProjection(impactTable(notice000Side(2)), "ja", "Z010000000");
    expect(projection.rows[1]!.map((c) => c.text)).toEqual([
      "加盟店様\n購入者様",
      "トークン(組込)\nAPI 方式",
      "トークン発行時および API リクエスト時に、 メンテナンスエラーコード「Z010000000」を返却します。※1",
    ]);
  });

  it("in the whole revision diff, the section holding the table is changed and nothing else", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => {
      (c.sections.find((s) => s.key === "target")!.blocks[1] as Table).rows.push(newRow);
    });
    const diff = diffRevisions(before, after, "en");
    expect(diff.sections.filter((s) => s.status !== "unchanged").map((s) => s.key)).toEqual(["target"]);
    const [block] = diff.sections.find((s) => s.key === "target")!.blocks;
    expect(block).toMatchObject({ type: "IMPACT_TABLE", status: "changed", fields: [] });
    expect(block!.table!.rows.filter((r) => r.status === "added").map((r) => r.cells[1]!.text)).toEqual(["Result notification"]);
  });
});
