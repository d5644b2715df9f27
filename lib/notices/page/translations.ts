// Which texts of a revision have no English yet: the English page marks them, and
// the staff console lists them so that translators know what is left.
import type { RevisionContent } from "@/lib/notices/content/schema";

const isLocalized = (v: unknown): v is { ja: string; en?: string } =>
  typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as { ja?: unknown }).ja === "string";

/** Paths (e.g. "sections.2.blocks.0.items.1.usual") of Japanese texts without English. */
export function missingTranslations(content: RevisionContent): string[] {
  const missing: string[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (isLocalized(value)) {
      if (!value.en) missing.push(path.join("."));
      return;
    }
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, String(i)]));
    else if (typeof value === "object" && value !== null && !(value instanceof Date))
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(content, []);
  // the screen's contact lines are a list per language rather than pairs
  if (content.screen && content.screen.contactLines.en.length === 0) missing.push("screen.contactLines");
  return missing;
}
