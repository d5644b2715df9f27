import "server-only";
import type { z } from "zod";
import type { ActionContext, ActionOutcome } from "@/lib/actions/action-client";
import { db } from "@/lib/db";
import { applyImport, previewImport } from "./import";
import { planIsEmpty, type ImportPlan } from "./plan";
import type { importApplySchema, importUploadSchema } from "./schema";

// The console's two steps: upload → stored preview (its page shows the plan), then
// apply by the preview's id. A file with issues stores nothing; the form lists them.

export async function previewImportFromConsole(input: z.output<typeof importUploadSchema>, { tx, user }: ActionContext): Promise<ActionOutcome> {
  const result = await previewImport(tx, { bytes: new Uint8Array(await input.file.arrayBuffer()), fileName: input.file.name, mode: input.mode, createdById: user.id });
  if (!result.ok) return { data: { issues: result.issues } };
  return { redirectTo: `/admin/merchants/import?preview=${result.importId}` };
}

export async function applyImportFromConsole(input: z.output<typeof importApplySchema>, { tx, actor }: ActionContext): Promise<ActionOutcome> {
  const summary = await applyImport(tx, input.importId, actor);
  return { redirectTo: `/admin/merchants?imported=${summary.importId}` };
}

/** What an applied import did, for the page apply redirects to (?imported=id); null for anything else. */
export async function appliedImportSummary(importId: string | string[] | undefined) {
  if (typeof importId !== "string" || !importId) return null;
  const row = await db.merchantImport.findUnique({ where: { id: importId } });
  if (!row?.appliedAt) return null;
  const plan = row.plan as unknown as ImportPlan;
  return { created: plan.created.length, changed: plan.changed.length, deactivated: plan.deactivated.length, nothingChanged: planIsEmpty(plan) };
}
