// The outage journal (issue 10, Decision 6): what `npm run maintenance` did while the
// database was unreachable, beside the shared snapshot (MAINTENANCE_SNAPSHOT_DIR). One
// JSON line per event, append-only: a command (stable id, operator, time, input, and the
// notice as it patched it into the snapshot), then later one line saying it was published
// (done) or could not be (failed). A command with neither is pending: every snapshot
// refresh lays it over what the database says (so a refresh cannot wipe it out of the
// file before it is replayed), and the next run of the command with the database
// reachable publishes it (replay.ts).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { snapshotNoticeSchema, type MaintenanceSnapshot } from "@/lib/maintenance/types";

export const JOURNAL_FILE = "journal.jsonl";

const commandInput = z.discriminatedUnion("control", [
  z.object({ control: z.literal("START"), channels: z.array(z.string()).min(1), endsAt: z.iso.datetime(), titleJa: z.string().optional(), reason: z.string().optional() }),
  z.object({ control: z.literal("EXTEND"), slug: z.string(), windowKey: z.string(), endsAt: z.iso.datetime() }),
  z.object({ control: z.literal("END"), slug: z.string(), windowKey: z.string() }),
]);
export type JournalInput = z.infer<typeof commandInput>;

export const journalLineSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("command"),
    id: z.string().min(1),
    /** a staff user's id or email, as typed: resolved (and checked for APPROVER) at replay */
    operator: z.string().min(1),
    /** when the command took effect on the screens: the replayed notice or amendment is dated from it */
    issuedAt: z.iso.datetime(),
    input: commandInput,
    /** the notice as the command left it in the snapshot: laid over every refresh until the command is published */
    notice: snapshotNoticeSchema,
  }),
  z.object({ type: z.literal("done"), id: z.string(), at: z.iso.datetime(), slug: z.string(), revisionId: z.string() }),
  z.object({ type: z.literal("failed"), id: z.string(), at: z.iso.datetime(), reason: z.string() }),
]);
export type JournalLine = z.infer<typeof journalLineSchema>;
export type JournalCommand = Extract<JournalLine, { type: "command" }>;

export function journalPath(directory: string): string {
  return path.join(directory, JOURNAL_FILE);
}

export function readJournal(directory: string): JournalLine[] {
  let text: string;
  try {
    text = fs.readFileSync(journalPath(directory), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => journalLineSchema.parse(JSON.parse(line)));
}

/** One line, appended (O_APPEND: lines of several writers never interleave) and flushed before the command says it is done. */
export function appendJournal(directory: string, line: JournalLine): void {
  fs.mkdirSync(directory, { recursive: true });
  const fd = fs.openSync(journalPath(directory), "a", 0o644);
  try {
    fs.writeSync(fd, `${JSON.stringify(journalLineSchema.parse(line))}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Commands with neither a done nor a failed line, in the order they were written. */
export function pendingCommands(lines: readonly JournalLine[]): JournalCommand[] {
  const settled = new Set(lines.filter((l) => l.type !== "command").map((l) => l.id));
  return lines.filter((l): l is JournalCommand => l.type === "command" && !settled.has(l.id));
}

/** The snapshot with every pending command's notice laid over it (replacing the notice of the same slug), in journal order. */
export function withPendingCommands(snapshot: MaintenanceSnapshot, pending: readonly JournalCommand[]): MaintenanceSnapshot {
  if (!pending.length) return snapshot;
  const notices = new Map(snapshot.notices.map((n) => [n.slug, n]));
  for (const command of pending) notices.set(command.notice.slug, command.notice);
  return { ...snapshot, notices: [...notices.values()].sort((a, b) => a.slug.localeCompare(b.slug)) };
}
