import { describe, expect, it } from "vitest";
import { revisionContentSchema } from "@/lib/notices/content/schema";
import * as notice001 from "@/prisma/seed/notice-001";
import { describeMissingEnglish } from "./missing-english";

describe("describeMissingEnglish", () => {
  it("names each missing English text by where it is on the page", () => {
    const content = revisionContentSchema.parse({
      ...notice001.revision1,
      title: { ja: notice001.revision1.title.ja },
      lead: notice001.revision1.lead,
    });
    // drop the English of one table cell's label and of a section heading
    const s = content.sections.findIndex((x) => x.blocks.some((b) => b.type === "IMPACT_TABLE"));
    const table = content.sections[s]!.blocks.find((b) => b.type === "IMPACT_TABLE");
    if (table?.type !== "IMPACT_TABLE") throw new Error("001 has an impact table");
    table.rows[0]!.cells[1]!.label = { ja: table.rows[0]!.cells[1]!.label!.ja };
    content.sections[0]!.heading = { ja: content.sections[0]!.heading!.ja };
    const lines = describeMissingEnglish(content);
    expect(lines).toContain("タイトル");
    expect(lines).toContain(`1. ${content.sections[0]!.heading.ja} › 見出し`);
    expect(lines).toContain(`${s + 1}. ${content.sections[s]!.heading!.ja} › 表 › 行 1 › 列 2 › 表示名`);
    // the English console names the same places in English, each section by its key
    const english = describeMissingEnglish(content, "en");
    expect(english).toContain("Title");
    expect(english).toContain(`1. ${content.sections[0]!.key} › Heading`);
    expect(english).toContain(`${s + 1}. ${content.sections[s]!.key} › Table › Row 1 › Column 2 › Label`);
    expect(english.join("\n")).not.toMatch(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u);
  });

  it("nothing when every text has its English", () => {
    expect(describeMissingEnglish(revisionContentSchema.parse(notice001.revision1))).toEqual([]);
  });
});
