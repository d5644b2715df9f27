// What changed from one published revision to the next, as a reader of one
// language sees it: the letter's fields, the windows by key, the sections by key
// (with their blocks, word by word and table row by row), the maintenance screen
// and the frozen contact and issuer. Pure: the history page renders it.
import type { SectionContent } from "@/lib/notices/content/schema";
import { numberSections } from "@/lib/notices/derive";
import type { Locale } from "@/lib/i18n/locale";
import { pick } from "@/lib/notices/page/view";
import { align } from "./align";
import { matchByKey } from "./match";
import { contactFields, issuerFields, letterFields, projectBlock, screenFields, type BlockProjection, type Field, type RevisionSide } from "./project";
import { diffTable, tableChanged, type TableDiff } from "./table";
import { diffText, type ChangeStatus, type TextDiff } from "./text";
import { diffWindows, type WindowDiff } from "./windows";

export interface FieldDiff extends TextDiff {
  kind: string;
  label: string;
}

export interface BlockDiff {
  type: BlockProjection["type"];
  label: string;
  status: ChangeStatus;
  /** the block's fields that changed (all of them when the block was added or removed) */
  fields: FieldDiff[];
  table: TableDiff | null;
}

/**
 * A section is "renumbered" when nothing in it changed but its number did (a
 * section inserted, removed or moved before it): shown as "3. → 4.", not as
 * unchanged beside a number the reader remembers differently.
 */
export type SectionStatus = ChangeStatus | "renumbered";

export interface SectionDiff {
  key: string;
  kind: SectionContent["kind"];
  status: SectionStatus;
  /** "3." / "資料 1": the number the section has now (had, when it was removed) */
  label: string;
  /** the label it had when it moved between the body and the attachments */
  movedFrom: string | null;
  /** the number it had before, when only its number changed within the body or the attachments */
  renumberedFrom: string | null;
  heading: TextDiff | null;
  /** blocks that changed, in order */
  blocks: BlockDiff[];
  /** how many blocks did not change */
  unchangedBlocks: number;
}

export interface RevisionDiff {
  /** anything a reader of this language would see differently */
  changed: boolean;
  /** title, addressee, sender, lead, 記/以上, merchant action: only what changed */
  letter: FieldDiff[];
  windows: WindowDiff[];
  /** every section of either revision, unchanged ones included */
  sections: SectionDiff[];
  screen: FieldDiff[];
  contact: FieldDiff[];
  issuer: FieldDiff[];
}

const sameText = (a: Field, b: Field) => a.kind === b.kind && a.value.text === b.value.text && a.value.lang === b.value.lang;

/** Fields of both sides lined up; each with its word diff, unchanged ones included. */
export function diffFields(before: Field[], after: Field[]): FieldDiff[] {
  return align(before, after, sameText, (a, b) => a.kind === b.kind).map((pair) => {
    const shown = (pair.after ?? pair.before)!;
    return { kind: shown.kind, label: shown.label, ...diffText(pair.before?.value ?? null, pair.after?.value ?? null) };
  });
}

const changedOnly = (fields: FieldDiff[]) => fields.filter((f) => f.status !== "unchanged");

const sameBlock = (a: BlockProjection, b: BlockProjection) =>
  a.type === b.type &&
  a.fields.length === b.fields.length &&
  a.fields.every((f, i) => sameText(f, b.fields[i]!)) &&
  JSON.stringify(a.table) === JSON.stringify(b.table);

function diffBlock(before: BlockProjection | null, after: BlockProjection | null): BlockDiff {
  const shown = (after ?? before)!;
  const fields = diffFields(before?.fields ?? [], after?.fields ?? []);
  const table = shown.table ? diffTable(before?.table ?? null, after?.table ?? null) : null;
  const status: ChangeStatus = !before ? "added" : !after ? "removed" : changedOnly(fields).length || (table && tableChanged(table)) ? "changed" : "unchanged";
  return { type: shown.type, label: shown.label, status, fields: status === "changed" ? changedOnly(fields) : fields, table };
}

function diffSections(before: SectionContent[], after: SectionContent[], locale: Locale, errorCodes: [string | null, string | null]): SectionDiff[] {
  const numbered = (sections: SectionContent[]) => new Map(numberSections(sections, locale).map((s) => [s.key, s.label]));
  const [oldLabels, newLabels] = [numbered(before), numbered(after)];
  const project = (s: SectionContent | null, errorCode: string | null) => s?.blocks.map((b) => projectBlock(b, locale, errorCode)) ?? [];
  return matchByKey(before, after).map(({ before: b, after: a }) => {
    const shown = (a ?? b)!;
    const heading = b?.heading || a?.heading ? diffText(b ? pick(b.heading, locale) : null, a ? pick(a.heading, locale) : null) : null;
    const blocks = align(project(b, errorCodes[0]), project(a, errorCodes[1]), sameBlock, (x, y) => x.type === y.type).map((pair) =>
      diffBlock(pair.before, pair.after),
    );
    const movedFrom = b && a && b.kind !== a.kind ? oldLabels.get(b.key)! : null;
    const renumberedFrom = b && a && !movedFrom && oldLabels.get(b.key) !== newLabels.get(a.key) ? oldLabels.get(b.key)! : null;
    const changedBlocks = blocks.filter((x) => x.status !== "unchanged");
    const contentChanged = changedBlocks.length > 0 || movedFrom !== null || (heading !== null && heading.status !== "unchanged");
    const status: SectionStatus = !b ? "added" : !a ? "removed" : contentChanged ? "changed" : renumberedFrom ? "renumbered" : "unchanged";
    return {
      key: shown.key,
      kind: shown.kind,
      status,
      label: (a ? newLabels.get(a.key) : oldLabels.get(b!.key))!,
      movedFrom,
      renumberedFrom,
      heading,
      blocks: changedBlocks,
      unchangedBlocks: blocks.length - changedBlocks.length,
    };
  });
}

export function diffRevisions(before: RevisionSide, after: RevisionSide, locale: Locale): RevisionDiff {
  const errorCodes: [string | null, string | null] = [before.content.screen?.errorCode ?? null, after.content.screen?.errorCode ?? null];
  const diff = {
    letter: changedOnly(diffFields(letterFields(before, locale), letterFields(after, locale))),
    windows: diffWindows(before.content.windows, after.content.windows, locale),
    sections: diffSections(before.content.sections, after.content.sections, locale, errorCodes),
    screen: changedOnly(diffFields(screenFields(before.content.screen, locale), screenFields(after.content.screen, locale))),
    contact: changedOnly(diffFields(contactFields(before.contact, locale), contactFields(after.contact, locale))),
    issuer: changedOnly(diffFields(issuerFields(before.issuer, locale), issuerFields(after.issuer, locale))),
  };
  const changed =
    diff.letter.length + diff.windows.length + diff.screen.length + diff.contact.length + diff.issuer.length > 0 || diff.sections.some((s) => s.status !== "unchanged");
  return { changed, ...diff };
}
