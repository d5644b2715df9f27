import { z } from "zod";
import { PERIOD_STYLES } from "@/lib/format/period-style";
import { contactMessages } from "./messages";

// The forms of /admin/contacts: the browser validates with these (Conform) and the
// server action parses the same (lib/actions/action-client.ts).
const m = contactMessages.errors;

if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

const required = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
// an empty optional field is stored as null
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, m.tooLong(max))
    .optional()
    .transform((value) => value || null);
const phone = optional(20).refine((value) => value === null || /^\+?[0-9][0-9-]{5,18}$/.test(value), m.phone);
const id = z.string().max(64).optional();

export const contactSchema = z.object({
  id,
  key: required(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, m.keyFormat),
  organizationJa: required(100),
  organizationEn: optional(100),
  departmentJa: required(100),
  departmentEn: optional(100),
  freeDial: phone,
  phone,
  hoursLabelJa: optional(20),
  hoursLabelEn: optional(40),
  hours: optional(40),
  email: optional(254).refine((value) => value === null || z.email().safeParse(value).success, m.email),
  punctuation: z.enum(["HALF_WIDTH", "FULL_WIDTH"]).default("HALF_WIDTH"),
});

export const contactRetireSchema = z.object({
  id: z.string({ error: m.missing }).min(1, m.missing).max(64, m.missing),
  retired: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const issuerSchema = z.object({
  id: z.string({ error: m.missing }).min(1, m.missing).max(64, m.missing),
  nameJa: required(100),
  nameEn: optional(100),
  serviceNameJa: required(100),
  serviceNameEn: optional(100),
  logoPath: optional(200).refine((value) => value === null || /^\/[A-Za-z0-9._\-/]+$/.test(value), m.logoPath),
  copyrightJa: optional(200),
  copyrightEn: optional(200),
  postalAddressJa: optional(200),
  postalAddressEn: optional(200),
});

// one line per line of the textarea; blank lines dropped
const lines = z
  .string()
  .optional()
  .transform((value) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(200, m.tooLong(200))).max(10, m.tooManyLines));

/** The error code's format is checked on the server against the catalog's setting (lib/contacts/commands.ts). */
export const screenDefaultsSchema = z.object({
  issuerId: z.string({ error: m.missing }).min(1, m.missing).max(64, m.missing),
  errorCode: required(32),
  headingJa: required(200),
  headingEn: optional(200),
  messageJa: required(2000),
  messageEn: optional(2000),
  periodLabelJa: required(100),
  periodLabelEn: optional(100),
  periodStyle: z.enum(PERIOD_STYLES, { error: m.periodStyle }),
  inlineMessageJa: required(500),
  inlineMessageEn: optional(500),
  contactLabelJa: required(100),
  contactLabelEn: optional(100),
  contactLinesJa: lines,
  contactLinesEn: lines,
});

export type ContactInput = z.output<typeof contactSchema>;
export type IssuerInput = z.output<typeof issuerSchema>;
export type ScreenDefaultsInput = z.output<typeof screenDefaultsSchema>;
