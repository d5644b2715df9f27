import { z } from "zod";
import { errorCodePatternProblem } from "./error-code-format";
import { catalogMessages, catalogKinds } from "./messages";

// The catalog administration's forms: the browser validates with these (Conform) and the
// server action parses the same (lib/actions/action-client.ts).
const m = catalogMessages.errors;

if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

export const channelTypes = ["PAYMENT_PAGE", "API", "MODAL", "CONSOLE", "TEST"] as const;

const key = z
  .string({ error: m.keyRequired })
  .trim()
  .min(1, m.keyRequired)
  .max(64, m.keyTooLong)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, m.keyFormat);
const nameJa = z.string({ error: m.nameJaRequired }).trim().min(1, m.nameJaRequired).max(100, m.nameTooLong);
// an empty English name is stored as null: the public site then falls back to Japanese
const nameEn = z
  .string()
  .trim()
  .max(100, m.nameTooLong)
  .optional()
  .transform((value) => value || null);
const sortOrder = z.coerce.number({ error: m.sortOrder }).int(m.sortOrder).min(0, m.sortOrder).max(9999, m.sortOrder).default(0);
const keys = z.array(key).default([]).transform((list) => [...new Set(list)]);
// absent on a new entry's form
const id = z.string().max(64).optional();

const entry = { id, key, nameJa, nameEn, sortOrder };

export const serviceSchema = z.object({ ...entry, paymentMethodKeys: keys });
export const paymentMethodSchema = z.object(entry);
export const audienceSchema = z.object(entry);
export const channelSchema = z.object({
  ...entry,
  type: z.enum(channelTypes, { error: m.typeInvalid }),
  serviceKey: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null),
  paymentMethodKeys: keys,
});

export const retireSchema = z.object({
  kind: z.enum(catalogKinds),
  id: z.string({ error: m.missing }).min(1, m.missing).max(64, m.missing),
  retired: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const errorCodeFormatSchema = z.object({
  issuerId: z.string({ error: m.missing }).min(1, m.missing).max(64, m.missing),
  pattern: z
    .string({ error: catalogMessages.fields.pattern })
    .trim()
    .superRefine((pattern, context) => {
      const problem = errorCodePatternProblem(pattern);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
});

export type ServiceInput = z.output<typeof serviceSchema>;
export type PaymentMethodInput = z.output<typeof paymentMethodSchema>;
export type AudienceInput = z.output<typeof audienceSchema>;
export type ChannelInput = z.output<typeof channelSchema>;
