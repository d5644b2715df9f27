import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { contentTexts, xssContentFields } from "@/e2e/support/xss-fields";
import { revisionContentShape } from "@/lib/notices/content/schema";

// The XSS spec (e2e/admin-xss.spec.ts) must type into every text a revision holds: this
// walks the content schema for its strings and compares them with the spec's list, so
// a text field added to the schema without coverage fails here.

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] };
const def = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The generic path of every string the schema admits (arrays leave no index, blocks name their type). */
function schemaTexts(schema: z.ZodType, path: string): string[] {
  const d = def(schema);
  switch (d.type) {
    case "string":
      return [path];
    case "object":
      return Object.entries(d.shape!).flatMap(([key, inner]) => (key === "type" && path.endsWith("]") ? [] : schemaTexts(inner, path ? `${path}.${key}` : key)));
    case "array":
      return schemaTexts(d.element!, path);
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
      return schemaTexts(d.innerType!, path);
    case "pipe":
      return schemaTexts(d.in!, path);
    case "union":
      return d.options!.flatMap((option) => {
        const literal = def(def(option).shape!.type!) as unknown as { values: string[] };
        return schemaTexts(option, `${path}[${literal.values[0]}]`);
      });
    default:
      // numbers, booleans, enums, dates, literals: nothing a person types markup into
      return [];
  }
}

describe("the XSS spec's field list", () => {
  const fromSchema = schemaTexts(revisionContentShape as unknown as z.ZodType, "").sort();

  test("names every string of the content schema, and nothing else", () => {
    expect(fromSchema.length).toBeGreaterThan(50);
    expect(Object.keys(xssContentFields).sort()).toEqual(fromSchema);
  });

  test("contentTexts finds a value's strings under the same paths", () => {
    const texts = contentTexts({ title: { ja: "a" }, sections: [{ key: "k", blocks: [{ type: "PROSE", body: { ja: "b" }, footnotes: [{ key: "n", text: { ja: "c" } }] }] }] });
    expect(texts).toEqual([
      ["title.ja", "a"],
      ["sections.key", "k"],
      ["sections.blocks[PROSE].body.ja", "b"],
      ["sections.blocks[PROSE].footnotes.key", "n"],
      ["sections.blocks[PROSE].footnotes.text.ja", "c"],
    ]);
    for (const [path] of texts) expect(fromSchema).toContain(path);
  });
});
