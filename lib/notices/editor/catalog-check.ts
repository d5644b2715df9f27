// Catalog keys a content names (channels, services, payment methods, audiences, the
// contact) that the catalog does not hold, each at the form field that names it.
// content/write.ts would refuse them too, but as an error nobody can act on; this says
// which field is wrong, in Japanese, before anything is written.
import type { RevisionContent } from "@/lib/notices/content/schema";
import { catalogRoleNames, editorMessages as m } from "./messages";
import type { PathIssue } from "./values";

export interface CatalogKeys {
  AUDIENCE: ReadonlySet<string>;
  SERVICE: ReadonlySet<string>;
  PAYMENT_METHOD: ReadonlySet<string>;
  CHANNEL: ReadonlySet<string>;
  contacts: ReadonlySet<string>;
}

export function catalogIssues(content: RevisionContent, catalog: CatalogKeys): PathIssue[] {
  const issues: PathIssue[] = [];
  const check = (role: keyof typeof catalogRoleNames, keys: readonly string[], path: (string | number)[]) => {
    for (const key of keys) if (!catalog[role].has(key)) issues.push({ path, message: m.unknownCatalog(catalogRoleNames[role], key) });
  };
  if (content.contactKey && !catalog.contacts.has(content.contactKey)) issues.push({ path: ["contactKey"], message: m.unknownContact(content.contactKey) });
  content.windows.forEach((w, i) => check("CHANNEL", w.channelKeys, ["windows", i, "channelKeys"]));
  if (content.screen) check("CHANNEL", content.screen.channelKeys, ["screen", "channelKeys"]);
  content.sections.forEach((section, s) =>
    section.blocks.forEach((block, b) => {
      if (block.type !== "IMPACT_TABLE") return;
      block.rows.forEach((row, r) =>
        row.cells.forEach((cell, c) => {
          const role = block.columns[c]?.role;
          if (role === "AUDIENCE" || role === "SERVICE" || role === "PAYMENT_METHOD" || role === "CHANNEL")
            check(role, cell.refs, ["sections", s, "blocks", b, "rows", r, "cells", c, "refs"]);
        }),
      );
    }),
  );
  return issues;
}
