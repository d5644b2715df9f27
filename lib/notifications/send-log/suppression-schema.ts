import { z } from "zod";
import { sendLogMessages } from "./messages";

// The form that clears a suppression (the browser validates with it, the server action parses it).
if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

const m = sendLogMessages.suppressions;

export const clearSuppressionSchema = z.object({
  suppressionId: z.string({ error: m.notFound }).trim().min(1, m.notFound).max(64, m.notFound),
});
