import { describe, expect, it } from "vitest";
import { commandMessages } from "@/lib/notices/commands/messages";
import { editorMessages } from "@/lib/notices/editor/messages";
import { userMessages } from "@/lib/users/messages";
import { translateErrors, translateMessage } from "./error-catalog";
import { consoleTables } from "./tables";

// The shape of a table: every key path, and for a message function its arity.
function shape(value: unknown, path = ""): string[] {
  if (typeof value === "string") return [path];
  if (typeof value === "function") return [`${path}()${value.length}`];
  if (value && typeof value === "object") return Object.keys(value).sort().flatMap((key) => shape((value as Record<string, unknown>)[key], `${path}.${key}`));
  return [`${path}:${typeof value}`];
}

const japanese = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
// English texts that name something Japanese on purpose: the language's own name and
// the Japanese words a staff member types or picks (記, 以上, contact-hours labels)
const japaneseOnPurpose = ["日本語", "記", "以上", "電話", "営業時間", "受付時間", "※"];

function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String(value(...Array.from({ length: value.length }, () => "SCHEDULED")))];
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

describe("every console messages object has an English table with exactly the same keys", () => {
  for (const [name, table] of Object.entries(consoleTables)) {
    it(name, () => {
      expect(shape(table.en)).toEqual(shape(table.ja));
    });
  }

  it("the English tables are English (no untranslated Japanese left in them)", () => {
    const untranslated = Object.entries(consoleTables).flatMap(([name, table]) =>
      texts(table.en)
        .filter((text) => japanese.test(japaneseOnPurpose.reduce((rest, word) => rest.replaceAll(word, ""), text)))
        .map((text) => `${name}: ${text}`),
    );
    expect(untranslated).toEqual([]);
  });

  it("the key check fails for a table that misses or adds a key", () => {
    expect(shape({ a: "x", b: { c: "y" } })).not.toEqual(shape({ a: "x", b: {} }));
    expect(shape({ a: (n: number) => `${n}` })).not.toEqual(shape({ a: () => "" }));
  });
});

describe("field and form errors in the console language", () => {
  it("leaves Japanese as it is", () => {
    expect(translateMessage(userMessages.errors.nameRequired, "ja")).toBe("氏名を入力してください。");
  });

  it("finds a fixed message's English at the same key", () => {
    expect(translateMessage(userMessages.errors.nameRequired, "en")).toBe("Enter the name.");
    expect(translateMessage(commandMessages.fourEyes, "en")).toBe("You cannot approve a revision you created, edited or sent for approval. Ask another approver.");
  });

  it("carries a message's parameters into its English", () => {
    expect(translateMessage(editorMessages.unknownCatalog("サービス", "gmo-pg"), "en")).toBe('サービス "gmo-pg" is not in the catalog.');
    expect(translateMessage(commandMessages.unknownSection("outage"), "en")).toBe('This revision has no section "outage".');
  });

  it("leaves a message it does not know as written", () => {
    expect(translateMessage("どこにもない文言", "en")).toBe("どこにもない文言");
  });

  it("translates Conform's error record field by field", () => {
    const errors = { name: [userMessages.errors.nameRequired], email: [userMessages.errors.emailInvalid], "": null };
    expect(translateErrors(errors, "en")).toEqual({ name: ["Enter the name."], email: ["The email address is not valid."], "": null });
  });
});
