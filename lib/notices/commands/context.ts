import "server-only";
import type { ActionContext } from "@/lib/actions/action-client";
import type { Actor } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/**
 * What every command runs with: the transaction of defineAction/defineRoute
 * (lib/actions), the user it acts for and the actor its audit events name. The
 * action context fits as it is; the seed and the scheduled publication build one
 * with contextFor.
 */
export interface CommandContext {
  tx: Tx;
  user: { id: string; roles: readonly Role[] };
  actor: Actor;
}

// the console's forms pass their action context as it is: keep it so
const _actionContextFits = (context: ActionContext): CommandContext => context;
void _actionContextFits;

/** A context acting for a stored user (the seed's staff, the user who scheduled a publication). */
export async function contextFor(tx: Tx, userId: string): Promise<CommandContext> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, roles: true } });
  return { tx, user, actor: { userId: user.id } };
}

/**
 * Approving, rejecting, publishing, scheduling and withdrawing are the approver's
 * (Decision 5). defineAction checks the role of the form; the command checks again,
 * so that no other caller (the seed, the scheduler) can skip it.
 */
export function requireApprover(context: CommandContext): void {
  if (!context.user.roles.includes("APPROVER")) throw new WorkflowError(m.approverOnly);
}
