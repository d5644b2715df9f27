import { z } from "zod";
import { describe, expect, it } from "vitest";
import { controlCharacterMessage } from "@/lib/text/control-characters";
import { completeContent } from "./fixture";
import { blockSchema, revisionContentSchema } from "./schema";

// The fields come from the schema itself (its JSON Schema), walked together with a
// content that fills every one of them: a text field added later is fed control
// characters without anyone listing it here, and a field the fixture leaves out
// fails the coverage test below.

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
};
type Path = (string | number)[];

const schema = z.toJSONSchema(revisionContentSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;

/** The string leaves of `value` with their schemas, and which declared fields and variants it reached. */
function walk(value: unknown, node: JsonSchema, path: Path = [], at = "$", out = { leaves: [] as { path: Path; schema: JsonSchema }[], declared: new Set<string>(), covered: new Set<string>() }) {
  const variants = node.oneOf ?? node.anyOf;
  if (variants) {
    // a discriminated union: the variant whose `type` constant the value carries
    const tagOf = (v: JsonSchema) => v.properties?.type?.const;
    for (const v of variants) if (tagOf(v) !== undefined) out.declared.add(`${at}#${String(tagOf(v))}`);
    const tag = (value as { type?: unknown }).type;
    const chosen = variants.find((v) => tagOf(v) === tag);
    if (!chosen) throw new Error(`${at}: no variant for ${String(tag)}`);
    out.covered.add(`${at}#${String(tag)}`);
    return walk(value, chosen, path, `${at}#${String(tag)}`, out);
  }
  if (node.properties) {
    for (const [name, child] of Object.entries(node.properties)) {
      out.declared.add(`${at}.${name}`);
      const v = (value as Record<string, unknown>)[name];
      if (v === undefined) continue;
      out.covered.add(`${at}.${name}`);
      walk(v, child, [...path, name], `${at}.${name}`, out);
    }
  } else if (node.items && Array.isArray(value)) {
    value.forEach((item, i) => walk(item, node.items!, [...path, i], `${at}[]`, out));
  } else if (typeof value === "string") out.leaves.push({ path, schema: node });
  return out;
}

const { leaves, declared, covered } = walk(completeContent(), schema);
// enums and constants (block types, roles, statuses) refuse anything not listed;
// dates have no JSON Schema and are coerced: neither is a text a person types
const textLeaves = leaves.filter((l) => l.schema.type === "string" && l.schema.enum === undefined && l.schema.const === undefined);

function withValue(path: Path, value: string) {
  const content = completeContent() as unknown as Record<string | number, unknown>;
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, content);
  parent[path.at(-1)!] = value;
  return content;
}
const valueAt = (path: Path) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], completeContent()) as string;

const c0 = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== "\t" && c !== "\n");
const refused = [...c0, "\u007f", ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i))];

describe("the complete content fixture", () => {
  it("is valid and fills every field and block type the schema declares", () => {
    expect(revisionContentSchema.safeParse(completeContent()).error?.issues).toBeUndefined();
    expect([...declared].filter((d) => !covered.has(d))).toEqual([]);
    // the walk reached the texts of every kind of place a text can sit
    expect(textLeaves.length).toBeGreaterThan(80);
    for (const field of ["title.ja", "sections.0.blocks.4.changes.0.endpoints.1", "screen.contactLines.en.0", "sections.0.blocks.2.rows.0.cells.0.refs.0", "screen.errorCode"])
      expect(textLeaves.map((l) => l.path.join("."))).toContain(field);
  });
});

describe("control characters in content", () => {
  it.each(textLeaves.map((l) => [l.path.join("."), l.path] as const))("%s refuses C0 (but TAB and LF), DEL and C1, with a field-level message", (_, path) => {
    const original = valueAt(path);
    for (const char of refused) {
      const result = revisionContentSchema.safeParse(withValue(path, original.slice(0, 1) + char + original.slice(1)));
      const messages = (result.error?.issues ?? []).filter((i) => i.path.join(".") === path.join(".")).map((i) => i.message);
      expect(messages, `U+${char.charCodeAt(0).toString(16)} at ${path.join(".")}`).toEqual([controlCharacterMessage(char)]);
    }
  });

  it("names the character in Japanese and English", () => {
    expect(controlCharacterMessage("\u0000")).toBe("制御文字（U+0000）は使えません / Control character U+0000 is not allowed");
    expect(controlCharacterMessage("\u009f")).toBe("制御文字（U+009F）は使えません / Control character U+009F is not allowed");
  });

  it("keeps TAB and LF, stores CRLF as LF, and refuses a bare CR", () => {
    const parsed = revisionContentSchema.parse(withValue(["lead", "ja"], "一行目\r\n二行目\n\t三行目"));
    expect(parsed.lead.ja).toBe("一行目\n二行目\n\t三行目");
    const bare = revisionContentSchema.safeParse(withValue(["lead", "ja"], "一行目\r二行目"));
    expect(bare.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["lead.ja", controlCharacterMessage("\r")]]);
  });
});

const image = (src: string) => blockSchema.safeParse({ type: "IMAGE", src, alt: { ja: "図" } });

describe("IMAGE block src: a path on this site only", () => {
  it.each(["/images/screen.png", "/a/b-c_d.v2.png", "/x", "/.well-known/logo.svg", "/images/..png"])("accepts %s", (src) => {
    const result = image(src);
    expect(result.success).toBe(true);
  });

  it.each([
    "//host/x.png", // protocol-relative: another site
    "///host/x.png",
    "/images//x.png",
    "/\\host/x.png", // browsers read "\" as "/", so this is //host
    "/images\\x.png",
    "/../x.png",
    "/images/../../x.png",
    "/images/./x.png",
    "/..",
    "/.",
    "/images/",
    "/",
    "",
    "x.png",
    "images/x.png",
    "https://example.com/x.png",
    "http:/x.png",
    "javascript:alert(1)",
    "data:image/png;base64,AAAA",
    "/images/%2e%2e/x.png",
    "/images/x.png?v=1",
    "/images/x.png#top",
    "/images/x .png",
    " /images/x.png",
  ])("refuses %j with a field error on src", (src) => {
    const result = image(src);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["src"], message: "サイト内のパス / a path on this site" })]);
  });
});
