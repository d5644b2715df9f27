import type { Locale } from "@/lib/i18n/locale";
import { consoleTables } from "./tables";

// The zod schemas and the write commands are shared by the browser and the server
// and speak Japanese (the first language). A field or form error reaches the staff
// member in their language through this catalog, gettext-style: the Japanese text
// is the message id, its English is the text at the same key of the English table.
// Messages with parameters match as patterns: the Japanese function is called with
// placeholders, the captured values are handed to the English function. A message
// whose parameters are not all visible in its text (e.g. a status looked up from a
// label table) stays Japanese.

/** `order[g]`: which parameter the regex's group g+1 captures (a translation may reorder them). */
type Pattern = { regex: RegExp; order: number[]; en: (...args: string[]) => string };

const placeholder = (i: number) => `\u0000${i}\u0000`;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function patternOf(ja: (...args: unknown[]) => unknown, en: (...args: string[]) => string): Pattern | null {
  const args = Array.from({ length: ja.length }, (_, i) => placeholder(i));
  let text: unknown;
  try {
    text = ja(...args);
  } catch {
    return null; // a message that looks its parameter up (e.g. a kind's label): not a pattern
  }
  if (typeof text !== "string" || !args.every((a) => text.includes(a))) return null;
  const order: number[] = [];
  const source = escape(text).replace(/\u0000(\d+)\u0000/g, (_, i: string) => {
    order.push(Number(i));
    return "(.+?)";
  });
  return { regex: new RegExp(`^${source}$`, "s"), order, en };
}

function collect(ja: unknown, en: unknown, exact: Map<string, string>, patterns: Pattern[]) {
  if (typeof ja === "string" && typeof en === "string") {
    if (!exact.has(ja)) exact.set(ja, en);
  } else if (typeof ja === "function" && typeof en === "function") {
    const pattern = patternOf(ja as (...args: unknown[]) => unknown, en as (...args: string[]) => string);
    if (pattern) patterns.push(pattern);
  } else if (ja && en && typeof ja === "object" && typeof en === "object") {
    for (const key of Object.keys(ja)) collect((ja as Record<string, unknown>)[key], (en as Record<string, unknown>)[key], exact, patterns);
  }
}

let catalog: { exact: Map<string, string>; patterns: Pattern[] } | null = null;

function load() {
  if (!catalog) {
    catalog = { exact: new Map(), patterns: [] };
    for (const table of Object.values(consoleTables)) collect(table.ja, table.en, catalog.exact, catalog.patterns);
  }
  return catalog;
}

/** A console message in `locale`: Japanese as written; English from the catalog (as written when it has none). */
export function translateMessage(message: string, locale: Locale): string {
  if (locale === "ja") return message;
  const { exact, patterns } = load();
  const found = exact.get(message);
  if (found !== undefined) return found;
  for (const { regex, en, order } of patterns) {
    const match = regex.exec(message);
    if (!match) continue;
    const args: string[] = [];
    order.forEach((argIndex, group) => (args[argIndex] = match[group + 1]!));
    return en(...args);
  }
  return message;
}

/** Conform's errors (field → messages) in `locale`. */
export function translateErrors<E extends Record<string, string[] | null | undefined> | undefined>(errors: E, locale: Locale): E {
  if (!errors || locale === "ja") return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, list]) => [field, list?.map((m) => translateMessage(m, locale)) ?? list])) as E;
}
