import { z } from "zod";
import { twoFactorMessages as m } from "./messages";

// The enrolment page's forms: the browser validates with these (Conform) and the
// server actions parse with the same.
if (typeof window !== "undefined") z.config({ jitless: true }); // see sign-in-schema.ts

export const confirmEnrolmentSchema = z.object({
  sealed: z.string({ error: m.enrolmentExpired }).min(1, m.enrolmentExpired).max(2000, m.enrolmentExpired),
  code: z
    .string({ error: m.enrolCodeRequired })
    .trim()
    .min(1, m.enrolCodeRequired)
    .regex(/^\d{6}$/, m.enrolCodeInvalid),
});

export const regenerateRecoveryCodesSchema = z.object({});
