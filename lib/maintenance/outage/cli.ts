import "server-only";
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { ActionError } from "@/lib/actions/errors";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { jstDateTime } from "@/lib/notices/commands/schemas";
import { readSnapshotFile, refreshMaintenanceSnapshot, snapshotDirectory, writeSnapshotFile } from "@/lib/maintenance/snapshot-store";
import { appendJournal, pendingCommands, readJournal, type JournalInput } from "./journal";
import { applyOffline, OfflineRefusal } from "./offline";
import { replayJournal, resolveOperator, runControl } from "./replay";

// `npm run maintenance -- start|extend|end … --operator ID` and `… replay` (issue 10,
// Decision 6). With the database reachable: first the journal's pending commands are
// published (replay.ts), then the command runs as the console's control does, in the
// operator's name, audited as coming from the command line. With the database
// unreachable: the command is written into the journal and into the shared snapshot
// file every instance answers from while its database is unreachable (journal.ts).

export const usage = `usage:
  npm run maintenance -- start --channels KEY[,KEY…] --end TIME [--title TEXT] [--reason TEXT] --operator ID|EMAIL
  npm run maintenance -- extend --notice SLUG [--window KEY] --end TIME --operator ID|EMAIL
  npm run maintenance -- end --notice SLUG [--window KEY] --operator ID|EMAIL
  npm run maintenance -- replay      publish what was written during an outage
  npm run maintenance -- status      the pending journal entries
TIME: 2026-07-29T07:00 (Japan time) or an ISO instant with its offset.
The operator must be an approver. The snapshot and journal live in MAINTENANCE_SNAPSHOT_DIR (default .data/maintenance).`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

class UsageError extends Error {}

function instant(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`${flag} is required`);
  const parsed = jstDateTime.safeParse(value);
  if (!parsed.success) throw new UsageError(`${flag}: ${parsed.error.issues[0]?.message}`);
  return parsed.data.toISOString();
}

const cliOptions = {
  channels: { type: "string" },
  end: { type: "string" },
  title: { type: "string" },
  reason: { type: "string" },
  notice: { type: "string" },
  window: { type: "string" },
  operator: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function commandInput(verb: string, values: Partial<Record<Exclude<keyof typeof cliOptions, "help">, string>>): JournalInput {
  if (verb === "start") {
    const channels = (values.channels ?? "").split(",").map((c) => c.trim()).filter(Boolean);
    if (!channels.length) throw new UsageError("--channels is required");
    return { control: "START", channels, endsAt: instant(values.end, "--end"), titleJa: values.title, reason: values.reason };
  }
  if (!values.notice) throw new UsageError("--notice SLUG is required");
  const ref = { slug: values.notice, windowKey: values.window ?? "main" };
  return verb === "extend" ? { control: "EXTEND", ...ref, endsAt: instant(values.end, "--end") } : { control: "END", ...ref };
}

async function reachable(): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}


export async function runMaintenanceCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: cliOptions });
  } catch (error) {
    // an unknown or malformed option is the operator's typo: say so with the usage, not a stack trace
    io.err(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  const { positionals, values } = parsed;
  if (values.help) {
    io.out(usage);
    return 0;
  }
  const verb = positionals[0];
  const directory = snapshotDirectory();
  try {
    if (verb === "status") {
      const pending = pendingCommands(readJournal(directory));
      io.out(pending.length ? pending.map((c) => `pending ${c.id} ${c.input.control} by ${c.operator} at ${c.issuedAt}`).join("\n") : "no pending outage commands");
      return 0;
    }
    if (verb !== "replay" && verb !== "start" && verb !== "extend" && verb !== "end") throw new UsageError(verb ? `unknown command "${verb}"` : "a command is required");
    const input = verb === "replay" ? null : commandInput(verb, values);
    if (input && !values.operator) throw new UsageError("--operator ID|EMAIL is required");

    if (await reachable()) {
      const report = await replayJournal(db, directory);
      for (const p of report.published) io.out(`replayed ${p.id}: published ${p.slug} (revision ${p.revisionId})`);
      for (const id of report.alreadyPublished) io.out(`replayed ${id}: already published, marked done`);
      for (const f of report.failed) io.err(`replay of ${f.id} refused, marked failed: ${f.reason}`);
      if (input) {
        const outcome = await runControl(db, await resolveOperator(db, values.operator!), { input });
        io.out(`published ${outcome.slug} (revision ${outcome.revisionId}, command ${outcome.commandId})`);
      } else if (!report.published.length && !report.alreadyPublished.length && !report.failed.length) io.out("no pending outage commands");
      // this instance's snapshot file, for every instance that reads it; the others hear the commit's NOTIFY
      await refreshMaintenanceSnapshot(db);
      return report.failed.length ? 1 : 0;
    }

    if (!input) {
      io.err("the database is unreachable: nothing can be replayed now");
      return 1;
    }
    const snapshot = readSnapshotFile(directory);
    if (!snapshot) {
      io.err(`the database is unreachable and ${directory} holds no snapshot: nothing to change`);
      return 1;
    }
    const id = randomUUID();
    const at = now();
    const applied = applyOffline(snapshot, input, id, at);
    // the intent first: a crash after it leaves a pending command that every refresh lays over the snapshot
    appendJournal(directory, { type: "command", id, operator: values.operator!, issuedAt: at.toISOString(), input, notice: applied.notice });
    writeSnapshotFile(applied.snapshot, directory);
    io.out(`database unreachable: written into the shared snapshot and the journal as ${id} (${applied.notice.slug}); published when the database is back (npm run maintenance -- replay)`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${usage}`);
      return 2;
    }
    if (error instanceof ActionError || error instanceof OfflineRefusal) {
      io.err(`refused: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
