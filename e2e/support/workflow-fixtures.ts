// Notices for the workflow's browser tests, made through the console's own commands
// (lib/notices/commands) by a small script run with tsx, as e2e/support/publish-notice.ts
// does: what the browser then does to them is the test.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { StaffUser } from "./staff";

const root = path.join(__dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");

function run<T>(command: string, input: object): T {
  const out = execFileSync(tsx, ["--conditions=react-server", "e2e/support/workflow-fixture-cli.ts", command, JSON.stringify(input)], {
    cwd: root,
    env: process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  return JSON.parse(out.toString().trim().split("\n").at(-1)!) as T;
}

/** A new 定期 notice with one draft written by `author`, its window starting `startsInSeconds` from now. */
export function draftNotice(input: { author: StaffUser; title: string; startsInSeconds: number; lastsSeconds?: number }) {
  const slug = `e2e-workflow-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return run<{ noticeId: string; revisionId: string; slug: string }>("draft", {
    authorId: input.author.id,
    slug,
    title: input.title,
    startsInSeconds: input.startsInSeconds,
    lastsSeconds: input.lastsSeconds ?? 3600,
  });
}

/** Adds a paragraph to the first section of a draft, saved as `editor` through the save command (the editor tab's job). */
export function addParagraph(input: { editor: StaffUser; revisionId: string; ja: string; en?: string }) {
  return run<{ version: number }>("add-paragraph", { editorId: input.editor.id, revisionId: input.revisionId, ja: input.ja, en: input.en });
}

/** A published copy of the first reference notice with its 7/23 addendum as an amendment draft (title prefixed by `titlePrefix`). */
export function referenceAmendment(titlePrefix: string) {
  const slug = `e2e-amendment-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  return run<{ noticeId: string }>("reference-amendment", { slug, titlePrefix });
}

/** A notice's id and the revision being worked on, if any. */
export function noticeBySlug(slug: string) {
  return run<{ noticeId: string; working: { revisionId: string; version: number } | null }>("find", { slug });
}
