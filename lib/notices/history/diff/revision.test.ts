import { describe, expect, it } from "vitest";
import { diffRevisions } from "./revision";
import { edited, notice000Side } from "./test-fixtures";

const changedSections = (diff: ReturnType<typeof diffRevisions>) => diff.sections.filter((s) => s.status !== "unchanged").map((s) => [s.key, s.status]);

describe("diffRevisions", () => {
  it("a revision compared with itself has no change", () => {
    const diff = diffRevisions(notice000Side(2), notice000Side(2), "ja");
    expect(diff.changed).toBe(false);
    expect(diff).toMatchObject({ letter: [], windows: [], screen: [], contact: [], issuer: [] });
    expect(diff.sections.every((s) => s.status === "unchanged" && s.blocks.length === 0)).toBe(true);
  });

  it("adding section 3 renumbers 3 → 4 and 4 → 5: those two are shown as renumbered only", () => {
    const diff = diffRevisions(notice000Side(1), notice000Side(2), "ja");
    expect(changedSections(diff)).toEqual([
      ["delays", "added"],
      ["future", "renumbered"],
      ["contact", "renumbered"],
    ]);
    expect(diff.sections.map((s) => [s.key, s.renumberedFrom])).toEqual([
      ["content", null],
      ["target", null],
      ["delays", null],
      ["future", "3."],
      ["contact", "4."],
      ["attachment-1", null],
    ]);
    // only renumbered: nothing inside them is listed as changed
    expect(diff.sections.filter((s) => s.status === "renumbered").flatMap((s) => s.blocks)).toEqual([]);
    // every section carries its current number
    expect(diff.sections.map((s) => [s.key, s.label])).toEqual([
      ["content", "1."],
      ["target", "2."],
      ["delays", "3."],
      ["future", "4."],
      ["contact", "5."],
      ["attachment-1", "資料 1"],
    ]);
    const added = diff.sections.find((s) => s.key === "delays")!;
    expect(added.heading).toMatchObject({ status: "added", parts: [{ op: "insert", text: "メンテナンスによる本与信および日中警報(初回)の遅延について" }] });
    expect(added.blocks.map((b) => [b.type, b.status])).toEqual([["DELAYS", "added"]]);
    expect(added.blocks[0]!.fields.map((f) => f.label)).toEqual([
      "(1) 件名",
      "(1) ①影響のある加盟店様",
      "(1) ②内容",
      "(2) 件名",
      "(2) ①影響のある加盟店様",
      "(2) ②内容",
    ]);
  });

  it("removing a section shows it where it stood, with the number it had; later sections are renumbered", () => {
    const diff = diffRevisions(notice000Side(2), notice000Side(1), "en");
    expect(changedSections(diff)).toEqual([
      ["delays", "removed"],
      ["future", "renumbered"],
      ["contact", "renumbered"],
    ]);
    expect(diff.sections.filter((s) => s.renumberedFrom).map((s) => [s.key, s.renumberedFrom, s.label])).toEqual([
      ["future", "4.", "3."],
      ["contact", "5.", "4."],
    ]);
    expect(diff.sections.map((s) => [s.key, s.label])).toEqual([
      ["content", "1."],
      ["target", "2."],
      ["delays", "3."],
      ["future", "3."],
      ["contact", "4."],
      ["attachment-1", "Attachment 1"],
    ]);
  });

  it("a reworded sentence changes its section, block and field only, word by word", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => {
      const delays = c.sections.find((s) => s.key === "delays")!.blocks[0]!;
      if (delays.type !== "DELAYS") throw new Error("fixture");
      delays.items[1]!.change = { ja: "今回は、警報メールの初回は朝10時頃となります。", en: delays.items[1]!.change.en! };
    });
    const ja = diffRevisions(before, after, "ja");
    expect(changedSections(ja)).toEqual([["delays", "changed"]]);
    const [block] = ja.sections.find((s) => s.key === "delays")!.blocks;
    expect(block!.fields.map((f) => [f.label, f.parts.filter((p) => p.op !== "equal").map((p) => [p.op, p.text])])).toEqual([
      [
        "(2) ②内容",
        [
          ["delete", "9"],
          ["insert", "10"],
        ],
      ],
    ]);
    // the English text did not change: the English history shows nothing
    expect(diffRevisions(before, after, "en").changed).toBe(false);
  });

  it("moving a section renumbers it and those it passes, and changes nothing else; its heading reworded is a change", () => {
    const before = notice000Side(2);
    const moved = edited(before, (c) => c.sections.splice(1, 0, c.sections.splice(3, 1)[0]!));
    const movedDiff = diffRevisions(before, moved, "ja");
    expect(movedDiff.changed).toBe(true);
    expect(changedSections(movedDiff)).toEqual([
      ["future", "renumbered"],
      ["target", "renumbered"],
      ["delays", "renumbered"],
    ]);
    expect(movedDiff.sections.find((s) => s.key === "future")).toMatchObject({ label: "2.", renumberedFrom: "4.", blocks: [] });
    const renamed = edited(before, (c) => (c.sections[3]!.heading = { ja: "今後のメンテナンス予定", en: "Upcoming maintenance" }));
    const diff = diffRevisions(before, renamed, "ja");
    expect(changedSections(diff)).toEqual([["future", "changed"]]);
    expect(diff.sections[3]!.heading!.parts.filter((p) => p.op !== "equal")).toEqual([{ op: "delete", text: "の", lang: "ja" }]);
  });

  it("a synthetic pair: a section inserted first renumbers every body section after it; a renumbered section that also changed is changed, with its old number", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => {
      c.sections.unshift({ ...structuredClone(c.sections[0]!), key: "summary", heading: { ja: "概要", en: "Summary" } });
      c.sections.find((s) => s.key === "contact")!.heading = { ja: "お問い合わせ窓口", en: "Contact desk" };
    });
    const diff = diffRevisions(before, after, "ja");
    expect(diff.sections.map((s) => [s.key, s.status, s.renumberedFrom, s.label])).toEqual([
      ["summary", "added", null, "1."],
      ["content", "renumbered", "1.", "2."],
      ["target", "renumbered", "2.", "3."],
      ["delays", "renumbered", "3.", "4."],
      ["future", "renumbered", "4.", "5."],
      ["contact", "changed", "5.", "6."],
      // attachments count on their own: 資料 1 keeps its number
      ["attachment-1", "unchanged", null, "資料 1"],
    ]);
    expect(diff.changed).toBe(true);
  });

  it("a section moved between the body and the attachments is changed (moved from), not renumbered", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => (c.sections.find((s) => s.key === "future")!.kind = "ATTACHMENT"));
    const future = diffRevisions(before, after, "ja").sections.find((s) => s.key === "future")!;
    expect(future).toMatchObject({ status: "changed", movedFrom: "4.", renumberedFrom: null });
  });

  it("compares the letter, the screen settings and the frozen contact and issuer", () => {
    const before = notice000Side(2);
    const after = {
      ...edited(before, (c) => {
        c.title = { ja: `${c.title.ja}（再掲）`, en: c.title.en! };
        c.hasIjo = true;
        c.screen!.errorCode = "Z020000000";
      }),
      contact: { ...before.contact!, hoursLabelJa: "受付時間" },
    };
    const diff = diffRevisions(before, after, "ja");
    expect(diff.letter.map((f) => [f.kind, f.status])).toEqual([
      ["title", "changed"],
      ["ijo", "added"],
    ]);
    expect(diff.screen.map((f) => f.kind)).toEqual(["screen-error-code"]);
    expect(diff.contact.map((f) => [f.label, f.parts.map((p) => p.op + ":" + p.text).join(" ")])).toEqual([["時間の表記", "delete:営業 insert:受付 equal:時間"]]);
    expect(diff.issuer).toEqual([]);
    // the error code is written into the texts that use it: those change too
    expect(changedSections(diff)).toEqual([
      ["target", "changed"],
      ["attachment-1", "changed"],
    ]);
  });

  it("shows Japanese marked as untranslated where the new English is missing", () => {
    const before = notice000Side(2);
    const after = edited(before, (c) => (c.lead = { ja: `${c.lead.ja}\n\n追記があります。` }));
    const [lead] = diffRevisions(before, after, "en").letter;
    expect(lead).toMatchObject({ kind: "lead", status: "changed", lang: "ja", fallback: true });
    expect(lead!.parts.map((p) => [p.op, p.lang])).toEqual([
      ["delete", "en"],
      ["insert", "ja"],
    ]);
  });
});
