// The one schema of the subscription form, shared by the page (its field names and
// limits) and the route handler that parses it. Catalog keys are checked against the
// catalog by the command (catalog.ts): the schema knows their shape only.
import { z } from "zod";

const catalogKey = z.string().trim().min(1).max(100).regex(/^[a-z0-9][a-z0-9-]*$/, "invalid");
/** A form sends one value per checked box: a lone value arrives as a string. */
const keys = z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(catalogKey).max(100));

export const subscriptionLocales = ["ja", "en"] as const;

export const filterShape = {
  locale: z.enum(subscriptionLocales),
  services: keys,
  paymentMethods: keys,
  channels: keys,
};

export const subscribeSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  ...filterShape,
});
export type SubscribeInput = z.output<typeof subscribeSchema>;

/** 32 random bytes as base64url: 43 characters. */
export const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const manageSchema = z.object({ token: tokenSchema, ...filterShape });
export type ManageInput = z.output<typeof manageSchema>;

export const fieldNames = ["email", "locale", "services", "paymentMethods", "channels"] as const;
export type FieldName = (typeof fieldNames)[number];
