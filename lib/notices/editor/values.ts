// The editor's form values ↔ a revision's content (lib/notices/content/schema.ts).
// The form holds the content as it is, except that (a) windows carry JST
// `datetime-local` strings, and (b) every text is a string, so an optional text the
// person left empty is "" rather than missing. toContent turns the form back into
// content; fromContent fills a stored revision into the form.
import type { RevisionContent, RevisionContentInput } from "@/lib/notices/content/schema";
import { dateToJstInput, jstInputToDate } from "./jst-input";
import { editorMessages as m } from "./messages";

export type EditorWindow = Omit<NonNullable<RevisionContentInput["windows"]>[number], "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };
export type EditorContent = Omit<RevisionContentInput, "windows"> & { windows: EditorWindow[] };

/** What an editor form saves: the notice's slug and kind with the revision's content. */
export interface EditorValues {
  slug: string;
  kind: RevisionContentKind;
  content: EditorContent;
}
export type RevisionContentKind = "SCHEDULED" | "EXTRAORDINARY" | "EMERGENCY" | "INCIDENT" | "INFORMATION";

export type PathIssue = { path: (string | number)[]; message: string };

const isLocalized = (value: unknown): value is { ja: string; en?: string } =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { ja?: unknown }).ja === "string" &&
  Object.keys(value).every((k) => k === "ja" || k === "en");

/**
 * Drops what the person left empty: an empty English text, and a text empty in both
 * languages (an optional one is then absent; a required one is reported as required).
 */
function withoutEmptyTexts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmptyTexts);
  if (typeof value !== "object" || value === null || value instanceof Date) return value;
  if (isLocalized(value)) {
    const ja = typeof value.ja === "string" ? value.ja : "";
    const en = typeof value.en === "string" ? value.en : "";
    if (ja.trim() === "" && en.trim() === "") return undefined;
    return en.trim() === "" ? { ja } : { ja, en };
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const cleaned = withoutEmptyTexts(inner);
    if (cleaned !== undefined) out[key] = cleaned;
  }
  return out;
}

/** The form's content as revision content, or the date inputs it could not read (with their paths). */
export function toContent(content: EditorContent): { content: RevisionContentInput; issues: PathIssue[] } {
  const issues: PathIssue[] = [];
  const windows = (content.windows ?? []).map((w, i) => {
    const startsAt = jstInputToDate(w.startsAt ?? "");
    const endsAt = jstInputToDate(w.endsAt ?? "");
    if (!startsAt) issues.push({ path: ["windows", i, "startsAt"], message: m.jstDateTime });
    if (!endsAt) issues.push({ path: ["windows", i, "endsAt"], message: m.jstDateTime });
    return { ...w, startsAt: startsAt?.toISOString() ?? "", endsAt: endsAt?.toISOString() ?? "" };
  });
  const cleaned = withoutEmptyTexts({ ...content, windows }) as RevisionContentInput;
  return { content: cleaned, issues };
}

const both = (value: { ja: string; en?: string } | undefined) => ({ ja: value?.ja ?? "", en: value?.en ?? "" });

/** A stored (or template) content as form values: every text present, windows in JST. */
export function fromContent(content: RevisionContent | RevisionContentInput): EditorContent {
  const fill = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(fill);
    if (typeof value !== "object" || value === null || value instanceof Date) return value;
    if (isLocalized(value)) return both(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  };
  const filled = fill(content) as EditorContent;
  return {
    ...filled,
    addressee: both(content.addressee),
    merchantAction: { ...filled.merchantAction, text: both(content.merchantAction.text), condition: both(content.merchantAction.condition) },
    windows: (content.windows ?? []).map((w) => ({
      ...w,
      startsAt: dateToJstInput(new Date(w.startsAt as string | Date)),
      endsAt: dateToJstInput(new Date(w.endsAt as string | Date)),
    })),
  };
}
