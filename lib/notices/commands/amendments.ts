import "server-only";
import { audit } from "@/lib/audit";
import type { AmendmentType } from "@/lib/generated/prisma/enums";
import { writeAmendment } from "@/lib/notices/content/write";
import { claimRevision } from "./claim";
import type { CommandContext } from "./context";
import { afterEdit, editableStatuses } from "./drafts";
import { WorkflowError } from "./errors";
import { commandMessages as m } from "./messages";

/** Sets what an amendment draft changes: its type (Decision 4), summary and the sections and windows it touched. */
export async function setAmendment(
  context: CommandContext,
  input: { revisionId: string; version: number; type: AmendmentType; summaryJa: string; summaryEn?: string; sectionKeys?: string[]; windowKeys?: string[] },
) {
  const { tx, actor } = context;
  const revision = await claimRevision(tx, input.revisionId, input.version, editableStatuses, m.notEditable);
  if (!revision.basedOnId) throw new WorkflowError(m.notAnAmendment, "type");
  const sectionKeys = input.sectionKeys ?? [];
  const windowKeys = input.windowKeys ?? [];
  const sections = new Set((await tx.section.findMany({ where: { revisionId: revision.id }, select: { key: true } })).map((s) => s.key));
  const unknownSection = sectionKeys.find((k) => !sections.has(k));
  if (unknownSection) throw new WorkflowError(m.unknownSection(unknownSection), "sectionKeys");
  const unknownWindow = windowKeys.find((k) => !revision.windows.some((w) => w.key === k));
  if (unknownWindow) throw new WorkflowError(m.unknownWindow(unknownWindow), "windowKeys");
  const summary = input.summaryEn ? { ja: input.summaryJa, en: input.summaryEn } : { ja: input.summaryJa };
  await writeAmendment(tx, revision.id, { type: input.type, summary, sectionKeys, windowKeys });
  await afterEdit(context, revision);
  await audit(tx, {
    actor,
    action: "revision.edit",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { version: revision.version, amendment: { type: input.type, sectionKeys, windowKeys } },
  });
  return { version: revision.version };
}

/**
 * Moves an amendment draft onto the notice's current published revision, after
 * someone else published in between: the draft keeps its own text (the editor sees
 * the diff against the new base and resolves it by editing).
 */
export async function rebaseDraft(context: CommandContext, input: { revisionId: string; version: number }) {
  const { tx, actor } = context;
  const revision = await claimRevision(tx, input.revisionId, input.version, editableStatuses, m.notEditable);
  if (!revision.basedOnId) throw new WorkflowError(m.notAnAmendment);
  const current = await tx.revision.findFirst({ where: { noticeId: revision.noticeId, status: "PUBLISHED" }, select: { id: true } });
  if (!current) throw new WorkflowError(m.notPublished);
  if (current.id === revision.basedOnId) throw new WorkflowError(m.alreadyRebased);
  await tx.revision.update({ where: { id: revision.id }, data: { basedOnId: current.id } });
  await afterEdit(context, revision);
  await audit(tx, {
    actor,
    action: "revision.rebase",
    entityType: "Revision",
    entityId: revision.id,
    noticeId: revision.noticeId,
    revisionId: revision.id,
    data: { from: revision.basedOnId, to: current.id },
  });
  return { version: revision.version, basedOnId: current.id };
}
