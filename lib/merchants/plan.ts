import { createHash } from "node:crypto";
import type { ImportModeValue, MerchantRow } from "./schema";

// What an import would do to the directory, computed from the directory as it is and
// the file's rows (pure: the preview shows it, apply carries it out, tests check it).

/** A merchant as the directory holds it, in the import's terms (catalog keys, sorted). */
export interface DirectoryMerchant {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string | null;
  locale: "ja" | "en";
  active: boolean;
  nameForList?: string;
  /** "TECHNICAL:address", "BUSINESS:address" */
  contacts: string[];
  services: string[];
  paymentMethods: string[];
  channels: string[];
}

export type ScalarField = "nameJa" | "nameEn" | "locale" | "active";
export type ListField = "contacts" | "services" | "paymentMethods" | "channels";
export type FieldChange = { field: ScalarField; before: string | boolean | null; after: string | boolean | null } | { field: ListField; added: string[]; removed: string[] };

export interface ImportPlan {
  mode: ImportModeValue;
  created: MerchantRow[];
  changed: { id: string; code: string; nameJa: string; changes: FieldChange[] }[];
  deactivated: { id: string; code: string; nameJa: string }[];
  unchanged: number;
}

const listFields: readonly ListField[] = ["contacts", "services", "paymentMethods", "channels"];

/** A row's lists in the directory's form, so both sides compare as sorted strings. */
export function rowLists(row: MerchantRow): Record<ListField, string[]> {
  return {
    contacts: row.contacts.map((c) => `${c.purpose}:${c.email}`).sort(),
    services: [...row.services].sort(),
    paymentMethods: [...row.paymentMethods].sort(),
    channels: [...row.channels].sort(),
  };
}

export function planImport(directory: readonly DirectoryMerchant[], rows: readonly MerchantRow[], mode: ImportModeValue): ImportPlan {
  const byCode = new Map(directory.map((merchant) => [merchant.code, merchant]));
  const plan: ImportPlan = { mode, created: [], changed: [], deactivated: [], unchanged: 0 };
  for (const row of rows) {
    const current = byCode.get(row.code);
    if (!current) {
      plan.created.push(row);
      continue;
    }
    const changes: FieldChange[] = [];
    const scalars: [ScalarField, string | boolean | null, string | boolean | null][] = [
      ["nameJa", current.nameJa, row.nameJa],
      ["nameEn", current.nameEn, row.nameEn],
      ["locale", current.locale, row.locale],
      // a merchant back in the master is active again
      ["active", current.active, true],
    ];
    for (const [field, before, after] of scalars) if (before !== after) changes.push({ field, before, after });
    const lists = rowLists(row);
    for (const field of listFields) {
      const added = lists[field].filter((item) => !current[field].includes(item));
      const removed = current[field].filter((item) => !lists[field].includes(item));
      if (added.length || removed.length) changes.push({ field, added, removed });
    }
    if (changes.length) plan.changed.push({ id: current.id, code: current.code, nameJa: current.nameJa, changes });
    else plan.unchanged++;
  }
  if (mode === "FULL") {
    const inFile = new Set(rows.map((row) => row.code));
    for (const merchant of directory)
      if (merchant.active && !inFile.has(merchant.code)) plan.deactivated.push({ id: merchant.id, code: merchant.code, nameJa: merchant.nameJa });
  }
  return plan;
}

export function planIsEmpty(plan: ImportPlan): boolean {
  return !plan.created.length && !plan.changed.length && !plan.deactivated.length;
}

/**
 * The directory's fingerprint: what a plan was computed from. Apply recomputes it and
 * refuses when it moved, so what is applied is exactly what was previewed.
 */
export function directoryHash(directory: readonly DirectoryMerchant[]): string {
  const canonical = [...directory]
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map((m) => [m.id, m.code, m.nameJa, m.nameEn, m.locale, m.active, m.contacts, m.services, m.paymentMethods, m.channels]);
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}
