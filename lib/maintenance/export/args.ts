// The arguments of `npm run export:maintenance` (issue 10), parsed before anything is
// read or written: a bad argument ends the command with a message and exit code 2.
import path from "node:path";
import { parseArgs } from "node:util";

export const USAGE = `usage:
  npm run export:maintenance -- --out DIR [--at ISO] [--from database|file]
      writes the bundle for the window in force at --at (default: now) or else the next one
  npm run export:maintenance -- --out DIR --force on|off|auto
      the manual override nginx checks on every request: on = the screens are shown,
      off = never shown, auto = the window's times decide (removes both flag files)`;

export type Source = "database" | "file";

export type ExportArgs =
  | { command: "export"; out: string; at: Date | null; from: Source | null }
  | { command: "force"; out: string; force: "on" | "off" | "auto" };

export class UsageError extends Error {}

const instant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export function parseExportArgs(argv: string[], cwd = process.cwd()): ExportArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { out: { type: "string" }, at: { type: "string" }, from: { type: "string" }, force: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { out, at, from, force } = values as Record<string, string | undefined>;
  if (!out) throw new UsageError("--out DIR is required (where the bundle goes; nginx's snippet names it by its absolute path)");
  const resolved = path.resolve(cwd, out);
  if (resolved === path.parse(resolved).root) throw new UsageError(`--out ${out}: not the root directory`);
  if (force !== undefined) {
    if (!["on", "off", "auto"].includes(force)) throw new UsageError(`--force ${force}: must be on, off or auto`);
    if (at !== undefined || from !== undefined) throw new UsageError("--force takes only --out (it changes the override, not the bundle)");
    return { command: "force", out: resolved, force: force as "on" | "off" | "auto" };
  }
  if (from !== undefined && from !== "database" && from !== "file") throw new UsageError(`--from ${from}: must be database or file`);
  if (at !== undefined && (!instant.test(at) || Number.isNaN(Date.parse(at))))
    throw new UsageError(`--at ${at}: must be an ISO 8601 instant with its offset, e.g. 2026-07-28T17:00:00Z or 2026-07-29T02:00:00+09:00`);
  return { command: "export", out: resolved, at: at === undefined ? null : new Date(at), from: (from as Source | undefined) ?? null };
}
