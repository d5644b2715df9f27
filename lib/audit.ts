import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Actor = { userId: string } | { label: string };

export interface AuditInput {
  actor: Actor;
  action: string;
  entityType: string;
  entityId: string;
  noticeId?: string;
  revisionId?: string;
  breakGlass?: boolean;
  data?: Prisma.InputJsonValue;
  at?: Date;
}

/** Writes one audit event; call it inside the transaction of the change it records. */
export async function audit(tx: Tx, input: AuditInput): Promise<void> {
  const { actor, data, ...rest } = input;
  await tx.auditEvent.create({
    data: {
      ...rest,
      actorId: "userId" in actor ? actor.userId : null,
      actorLabel: "label" in actor ? actor.label : null,
      data: data ?? {},
    },
  });
}
