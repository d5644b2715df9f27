import "server-only";
import { ActionError } from "@/lib/actions/errors";
import { now } from "@/lib/clock";
import type { Db } from "@/lib/db";
import { contextFor } from "@/lib/notices/commands";
import { endMaintenance, extendMaintenance, startMaintenance, type ControlOrigin } from "@/lib/maintenance/controls/commands";
import { controlMessages as m } from "@/lib/maintenance/controls/messages";
import { appendJournal, pendingCommands, readJournal, type JournalCommand } from "./journal";

// Publishes what the outage command wrote into the journal while the database was down
// (issue 10, Decision 6), each pending command as the control it was (start: the 緊急
// notice; extend: the 延長 amendment; end: the 完了 amendment), dated from when it was
// issued, in journal order, each in its own transaction through the same commands as
// the console. The command's journal id is recorded with it (MaintenanceCommand.id), so
// a command is published once however often the replay runs, and a replay interrupted
// between the commit and its "done" line finds it recorded and only writes the line.
//
// Who replays: the outage command itself, on every run that reaches the database, and
// `npm run maintenance -- replay`. Not the app's background refresh: a publication is an
// operator's act, audited in their name, and an operator is there to see it succeed or
// be refused (a notice amended meanwhile by someone else); until then every refresh keeps
// the pending change in the snapshot (journal.ts), so the screens stay as the operator left them.

/** A staff user by id or email, who must be an active approver (Decision 5). */
export async function resolveOperator(client: Db, who: string): Promise<string> {
  const user = await client.user.findFirst({ where: { OR: [{ id: who }, { email: who.toLowerCase() }] }, select: { id: true, roles: true, disabledAt: true } });
  if (!user || user.disabledAt) throw new ActionError(m.operatorUnknown(who), "operator");
  if (!user.roles.includes("APPROVER")) throw new ActionError(m.operatorNotApprover, "operator");
  return user.id;
}

/** One command published in its own transaction, in the operator's name, marked as coming from the command line. */
export async function runControl(client: Db, operatorId: string, command: Pick<JournalCommand, "input"> & { id?: string; issuedAt?: string }) {
  const origin: ControlOrigin = { source: "CLI", ...(command.id ? { commandId: command.id } : {}), ...(command.issuedAt ? { at: new Date(command.issuedAt) } : {}) };
  const input = command.input;
  return client.$transaction(
    async (tx) => {
      const context = await contextFor(tx, operatorId);
      if (input.control === "START")
        return startMaintenance(context, { channels: input.channels, endsAt: new Date(input.endsAt), titleJa: input.titleJa, reason: input.reason }, origin);
      const published = await tx.revision.findFirst({ where: { status: "PUBLISHED", notice: { slug: input.slug } }, select: { id: true } });
      if (!published) throw new ActionError(m.noWindowInForce);
      const ref = { revisionId: published.id, windowKey: input.windowKey };
      return input.control === "EXTEND" ? extendMaintenance(context, { ...ref, endsAt: new Date(input.endsAt) }, origin) : endMaintenance(context, ref, origin);
    },
    { timeout: 30_000 },
  );
}

export interface ReplayReport {
  published: { id: string; slug: string; revisionId: string }[];
  /** recorded by an earlier replay that stopped before its journal line */
  alreadyPublished: string[];
  failed: { id: string; reason: string }[];
}

/**
 * Every pending command of the journal in `directory`, published. A refusal (the
 * operator is no approver, the notice changed meanwhile) is journalled as failed and
 * reported; an unreachable database stops the replay with the rest still pending.
 */
export async function replayJournal(client: Db, directory: string): Promise<ReplayReport> {
  const report: ReplayReport = { published: [], alreadyPublished: [], failed: [] };
  for (const command of pendingCommands(readJournal(directory))) {
    const recorded = await client.maintenanceCommand.findUnique({ where: { id: command.id }, include: { notice: { select: { slug: true } } } });
    if (recorded) {
      appendJournal(directory, { type: "done", id: command.id, at: now().toISOString(), slug: recorded.notice.slug, revisionId: recorded.revisionId });
      report.alreadyPublished.push(command.id);
      continue;
    }
    try {
      const operatorId = await resolveOperator(client, command.operator);
      const outcome = await runControl(client, operatorId, command);
      appendJournal(directory, { type: "done", id: command.id, at: now().toISOString(), slug: outcome.slug, revisionId: outcome.revisionId });
      report.published.push({ id: command.id, slug: outcome.slug, revisionId: outcome.revisionId });
    } catch (error) {
      if (!(error instanceof ActionError)) throw error;
      appendJournal(directory, { type: "failed", id: command.id, at: now().toISOString(), reason: error.message });
      report.failed.push({ id: command.id, reason: error.message });
    }
  }
  return report;
}
