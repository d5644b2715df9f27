import { z } from "zod";
import { listSeparator, type MerchantColumn } from "./columns";
import { merchantMessages } from "./messages";

// The one schema of a merchant master row, shared by the console's upload and the
// import API (both read CSV into records of strings first: lib/merchants/csv.ts).
// Errors carry the column as their path; the catalog keys are checked against the
// database afterwards (lib/merchants/import.ts), with the same per-line reporting.
const m = merchantMessages.errors;

export type ContactRow = { email: string; purpose: "TECHNICAL" | "BUSINESS" };

export interface MerchantRow {
  code: string;
  nameJa: string;
  nameEn: string | null;
  locale: "ja" | "en";
  contacts: ContactRow[];
  services: string[];
  paymentMethods: string[];
  channels: string[];
}

/** A cell's list: split on ";", trimmed, empty items and repeats dropped. */
export const splitList = (cell: string) => [...new Set(cell.split(listSeparator).map((item) => item.trim()).filter(Boolean))];
const email = z.email();
export const catalogKeyPattern = /^[a-z0-9][a-z0-9-]*$/;

const cell = z.string().optional().default("");

// Each cell's rule; checked all at once in the record's refinement below, so a line
// reports every bad cell (zod skips an object's refinements once a field fails).
const cellRules = {
  merchant_code: z.string().trim().min(1, m.required).max(64, m.tooLong(64)).regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, m.code),
  name_ja: z.string().trim().min(1, m.required).max(200, m.tooLong(200)),
  name_en: z.string().trim().max(200, m.tooLong(200)),
  language: z.string().trim().pipe(z.enum(["ja", "en"], m.language)),
} as const;

export const merchantRecordSchema = z
  .object({
    merchant_code: cell,
    name_ja: cell,
    name_en: cell,
    language: cell,
    technical_emails: cell,
    business_emails: cell,
    services: cell,
    payment_methods: cell,
    channels: cell,
  })
  .superRefine((record, context) => {
    for (const [column, rule] of Object.entries(cellRules)) {
      const result = rule.safeParse(record[column as keyof typeof cellRules]);
      if (!result.success) context.addIssue({ code: "custom", path: [column], message: result.error.issues[0]?.message ?? m.required });
    }
    for (const column of ["technical_emails", "business_emails"] as const)
      for (const address of splitList(record[column]))
        if (!email.safeParse(address).success) context.addIssue({ code: "custom", path: [column], message: m.email, params: { value: address } });
    if (!splitList(record.technical_emails).length && !splitList(record.business_emails).length)
      context.addIssue({ code: "custom", path: ["technical_emails"], message: m.noContact });
    for (const column of ["services", "payment_methods", "channels"] as const)
      for (const key of splitList(record[column]))
        if (!catalogKeyPattern.test(key)) context.addIssue({ code: "custom", path: [column], message: m.keyFormat, params: { value: key } });
  })
  .transform(
    (record): MerchantRow => ({
      code: record.merchant_code.trim(),
      nameJa: record.name_ja.trim(),
      nameEn: record.name_en.trim() || null,
      locale: record.language.trim() as "ja" | "en",
      contacts: [
        ...splitList(record.technical_emails).map((address) => ({ email: address.toLowerCase(), purpose: "TECHNICAL" as const })),
        ...splitList(record.business_emails).map((address) => ({ email: address.toLowerCase(), purpose: "BUSINESS" as const })),
      ].filter((c, i, all) => all.findIndex((o) => o.email === c.email && o.purpose === c.purpose) === i),
      services: splitList(record.services),
      paymentMethods: splitList(record.payment_methods),
      channels: splitList(record.channels),
    }),
  );

/** The catalog column a MerchantRow's list comes from (for per-line errors). */
export const catalogColumns = { services: "services", paymentMethods: "payment_methods", channels: "channels" } as const satisfies Record<string, MerchantColumn>;

/** One problem of an import file: where (line and column), what was there, and why. */
export interface ImportIssue {
  /** the file's line number (1 is the header); 0 for the file as a whole */
  line: number;
  column: MerchantColumn | null;
  value: string | null;
  /** in Japanese, the schemas' language; the console and the API add English from the catalog */
  message: string;
}

export const importModes = ["PARTIAL", "FULL"] as const;
export type ImportModeValue = (typeof importModes)[number];

/** The console's upload limit: Next's server actions take 1 MB bodies (larger masters go through the API, 5 MB). */
export const consoleUploadBytes = 950 * 1024;

/** The console's upload form: the file and whether the import is the full master. */
export const importUploadSchema = z.object({
  file: z
    .instanceof(File, { message: m.file })
    .refine((file) => file.size > 0, m.file)
    .refine((file) => file.size <= consoleUploadBytes, m.tooLarge(1)),
  mode: z.enum(importModes, m.mode),
});

/** Applying a stored preview, by its id. */
export const importApplySchema = z.object({ importId: z.string().min(1) });

/** A new import token: its integration's name. */
export const tokenCreateSchema = z.object({ name: z.string({ message: m.required }).trim().min(1, m.required).max(100, m.tooLong(100)) });
export const tokenRevokeSchema = z.object({ id: z.string().min(1) });

/** Registering a webhook on a merchant's request. */
export const webhookCreateSchema = z.object({
  merchantId: z.string().min(1),
  url: z.string({ message: m.required }).trim().min(1, m.required).max(2000, m.tooLong(2000)),
  description: z.string().trim().max(500, m.tooLong(500)).optional(),
});
export const webhookDisableSchema = z.object({ id: z.string().min(1), merchantId: z.string().min(1) });
