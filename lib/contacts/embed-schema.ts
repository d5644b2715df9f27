import { z } from "zod";
import { embedMessages } from "./embed-messages";

// The brand page's embed form (issue 10): the https origins allowed to frame
// /maintenance/modal. They become the modal's CSP frame-ancestors word for word, so each
// is parsed and normalized to the URL standard's origin (lowercase host, punycode, no
// default port); a migration CHECK (ScreenDefaults_frameAncestors_origins) holds the
// stored form. Exact origins only: a wildcard would let any subdomain frame it.
const m = embedMessages.errors;

if (typeof window !== "undefined") z.config({ jitless: true }); // see lib/auth/sign-in-schema.ts

export const MAX_FRAME_ANCESTORS = 20;
const STORED_ORIGIN = /^https:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/;

/** The origin a line names, or null when it is not an https origin without path, query or credentials. */
export function httpsOrigin(line: string): string | null {
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    return null;
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  // the input must be the origin itself (a trailing slash allowed), not a page under it
  if (url.protocol !== "https:" || !bare || !/^https:\/\/[^/?#]+\/?$/i.test(line)) return null;
  // a host name (no wildcard, no IP literal in brackets): what the migration's CHECK admits
  return STORED_ORIGIN.test(url.origin) ? url.origin : null;
}

export const embedSettingsSchema = z.object({
  issuerId: z.string().min(1).max(64),
  frameAncestors: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const lines = (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
      const origins: string[] = [];
      for (const line of lines) {
        const origin = httpsOrigin(line);
        if (origin === null) ctx.addIssue({ code: "custom", message: m.notOrigin(line.slice(0, 100)) });
        else if (!origins.includes(origin)) origins.push(origin);
      }
      if (origins.length > MAX_FRAME_ANCESTORS) ctx.addIssue({ code: "custom", message: m.tooMany });
      return origins;
    }),
});

export type EmbedSettingsInput = z.output<typeof embedSettingsSchema>;
