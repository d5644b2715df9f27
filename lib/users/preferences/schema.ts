import { z } from "zod";
import { locales } from "@/lib/i18n/locale";
import { preferenceMessages } from "./messages";

const m = preferenceMessages;

if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

/** The console header's language switch: whose preference (their own only) and the language. */
export const consoleLocaleSchema = z.object({
  userId: z.string({ error: m.notYours }).min(1, m.notYours).max(64, m.notYours),
  locale: z.enum(locales as ["ja", "en"], { error: m.localeInvalid }),
});
