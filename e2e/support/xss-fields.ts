// Which text of a revision's content the XSS spec types the corpus into, and how
// (e2e/admin-xss.spec.ts). Paths are generic: arrays leave no index, a block names its
// type ("sections.blocks[PROSE].body.ja"). test/xss-fields.test.ts compares this list
// with every string the content schema has, so a text field added later without an
// entry here fails before any browser runs; the spec then checks that every "typed"
// path holds a payload in what the editor saved.
import { xssCorpus } from "./xss-corpus";

export type XssCoverage =
  /** the corpus is typed into it in the editor tab */
  | "typed"
  /** typed in the amendment panel (訂正・追記の内容) */
  | "amendment"
  /** a key, code or path with a strict format: a payload is refused at the field, the spec checks one */
  | "format";

export const xssContentFields: Record<string, XssCoverage> = {
  "title.ja": "typed",
  "title.en": "typed",
  "addressee.ja": "typed",
  "addressee.en": "typed",
  "lead.ja": "typed",
  "lead.en": "typed",
  "merchantAction.text.ja": "typed",
  "merchantAction.text.en": "typed",
  "merchantAction.condition.ja": "typed",
  "merchantAction.condition.en": "typed",
  contactKey: "format",
  "windows.key": "format",
  "sections.key": "format",
  "sections.heading.ja": "typed",
  "sections.heading.en": "typed",
  "sections.blocks[PROSE].body.ja": "typed",
  "sections.blocks[PROSE].body.en": "typed",
  "sections.blocks[PROSE].footnotes.key": "format",
  "sections.blocks[PROSE].footnotes.text.ja": "typed",
  "sections.blocks[PROSE].footnotes.text.en": "typed",
  "sections.blocks[WINDOWS].label.ja": "typed",
  "sections.blocks[WINDOWS].label.en": "typed",
  "sections.blocks[IMPACT_TABLE].caption.ja": "typed",
  "sections.blocks[IMPACT_TABLE].caption.en": "typed",
  "sections.blocks[IMPACT_TABLE].columns.header.ja": "typed",
  "sections.blocks[IMPACT_TABLE].columns.header.en": "typed",
  "sections.blocks[IMPACT_TABLE].rows.cells.refs": "format",
  "sections.blocks[IMPACT_TABLE].rows.cells.label.ja": "typed",
  "sections.blocks[IMPACT_TABLE].rows.cells.label.en": "typed",
  "sections.blocks[IMPACT_TABLE].rows.cells.text.ja": "typed",
  "sections.blocks[IMPACT_TABLE].rows.cells.text.en": "typed",
  "sections.blocks[IMPACT_TABLE].footnotes.key": "format",
  "sections.blocks[IMPACT_TABLE].footnotes.text.ja": "typed",
  "sections.blocks[IMPACT_TABLE].footnotes.text.en": "typed",
  "sections.blocks[DELAYS].items.title.ja": "typed",
  "sections.blocks[DELAYS].items.title.en": "typed",
  "sections.blocks[DELAYS].items.affected.ja": "typed",
  "sections.blocks[DELAYS].items.affected.en": "typed",
  "sections.blocks[DELAYS].items.usual.ja": "typed",
  "sections.blocks[DELAYS].items.usual.en": "typed",
  "sections.blocks[DELAYS].items.change.ja": "typed",
  "sections.blocks[DELAYS].items.change.en": "typed",
  "sections.blocks[API_CHANGE].changes.endpoints": "typed",
  "sections.blocks[API_CHANGE].changes.endpointsLabel.ja": "typed",
  "sections.blocks[API_CHANGE].changes.endpointsLabel.en": "typed",
  "sections.blocks[API_CHANGE].changes.fieldName": "typed",
  "sections.blocks[API_CHANGE].changes.fieldLabel.ja": "typed",
  "sections.blocks[API_CHANGE].changes.fieldLabel.en": "typed",
  "sections.blocks[API_CHANGE].changes.values": "typed",
  "sections.blocks[API_CHANGE].changes.reason.ja": "typed",
  "sections.blocks[API_CHANGE].changes.reason.en": "typed",
  "sections.blocks[API_CHANGE].changes.impact.ja": "typed",
  "sections.blocks[API_CHANGE].changes.impact.en": "typed",
  "sections.blocks[FUTURE_PLAN].description.ja": "typed",
  "sections.blocks[FUTURE_PLAN].description.en": "typed",
  "sections.blocks[FUTURE_PLAN].note.ja": "typed",
  "sections.blocks[FUTURE_PLAN].note.en": "typed",
  "sections.blocks[SCREEN_PREVIEW].caption.ja": "typed",
  "sections.blocks[SCREEN_PREVIEW].caption.en": "typed",
  "sections.blocks[ERROR_CODE].caption.ja": "typed",
  "sections.blocks[ERROR_CODE].caption.en": "typed",
  "sections.blocks[ERROR_CODE].text.ja": "typed",
  "sections.blocks[ERROR_CODE].text.en": "typed",
  "sections.blocks[IMAGE].src": "format",
  "sections.blocks[IMAGE].alt.ja": "typed",
  "sections.blocks[IMAGE].alt.en": "typed",
  "sections.blocks[IMAGE].caption.ja": "typed",
  "sections.blocks[IMAGE].caption.en": "typed",
  "screen.errorCode": "format",
  "screen.heading.ja": "typed",
  "screen.heading.en": "typed",
  "screen.message.ja": "typed",
  "screen.message.en": "typed",
  "screen.periodLabel.ja": "typed",
  "screen.periodLabel.en": "typed",
  "screen.inlineMessage.ja": "typed",
  "screen.inlineMessage.en": "typed",
  "screen.contactLabel.ja": "typed",
  "screen.contactLabel.en": "typed",
  "screen.contactLines.ja": "typed",
  "screen.contactLines.en": "typed",
  "screen.channelKeys": "format",
  "windows.channelKeys": "format",
  "amendment.summary.ja": "amendment",
  "amendment.summary.en": "amendment",
  "amendment.sectionKeys": "format",
  "amendment.windowKeys": "format",
};

/** Every string in a content value, by generic path (as xssContentFields names them). */
export function contentTexts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item) => contentTexts(item, path));
  if (typeof value !== "object" || value === null) return [];
  const typed = (value as { type?: unknown }).type;
  const at = typeof typed === "string" && path.endsWith(".blocks") ? `${path}[${typed}]` : path;
  return Object.entries(value).flatMap(([key, inner]) => (key === "type" && at !== path ? [] : contentTexts(inner, at ? `${at}.${key}` : key)));
}

const oneLine = (text: string) => text.replace(/\n+/g, " ");

/** The whole corpus, a paragraph each: for Markdown and multi-line fields. */
export const xssParagraphs = xssCorpus.map((p) => p.text).join("\n\n");

/**
 * Payloads for the n-th single-line field: `perField` consecutive ones, wrapping, so
 * that every payload goes through a field once there are corpus/perField fields.
 */
export function xssLine(n: number, perField = 4): string {
  const picked = Array.from({ length: perField }, (_, i) => xssCorpus[(n * perField + i) % xssCorpus.length]!);
  return picked.map((p) => oneLine(p.text)).join(" ");
}

/** Whether a stored text carries at least one payload (as typed, its line breaks as spaces or kept). */
export const carriesPayload = (text: string) => xssCorpus.some((p) => text.includes(p.text) || text.includes(oneLine(p.text)));
