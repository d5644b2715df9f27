import "server-only";
import { z } from "zod";
import { ActionError } from "@/lib/actions/errors";
import type { TokenPrincipal } from "@/lib/actions/route-handler";
import type { Actor } from "@/lib/audit";
import { db, type Tx } from "@/lib/db";
import { translateMessage } from "@/lib/i18n/console/error-catalog";
import { maxImportBytes } from "./csv";
import { applyImport, previewImport, type ApplySummary } from "./import";
import type { ImportPlan } from "./plan";
import { merchantMessages } from "./messages";
import { importModes, type ImportIssue } from "./schema";
import { authenticateImportToken } from "./tokens";

// POST /api/v1/admin/merchants/import (public/openapi.yaml): the CSV as the body,
// ?mode=FULL|PARTIAL (default PARTIAL), ?dryRun=1 for the preview alone. Without
// dryRun the preview is applied in the same transaction, so nothing can move between.
const m = merchantMessages.errors;

export const importRequestSchema = z.object({
  mode: z.enum(importModes, m.mode),
  dryRun: z.boolean(),
  bytes: z.instanceof(Uint8Array),
  fileName: z.string().nullable(),
});

export const authenticate = (request: Request) => authenticateImportToken(db, request.headers.get("authorization"));

export async function parseImportRequest(request: Request) {
  const url = new URL(request.url);
  const mode = (url.searchParams.get("mode") ?? "PARTIAL").toUpperCase();
  const dryRun = url.searchParams.get("dryRun") ?? "0";
  if (!["0", "1", "true", "false"].includes(dryRun)) throw new ActionError(m.dryRun, "dryRun");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "text/csv") throw new ActionError(m.contentType, "body");
  if (Number(request.headers.get("content-length") ?? 0) > maxImportBytes) throw new ActionError(m.tooLarge(maxImportBytes / 1024 / 1024), "body");
  const bytes = new Uint8Array(await request.arrayBuffer());
  return { mode, dryRun: dryRun === "1" || dryRun === "true", bytes, fileName: url.searchParams.get("fileName") };
}

const withEnglish = (issues: ImportIssue[]) => issues.map((issue) => ({ ...issue, messageEn: translateMessage(issue.message, "en") }));

export type ImportResponse =
  | { error: string; errorEn: string; issues: (ImportIssue & { messageEn: string })[] }
  | { importId: string; dryRun: boolean; plan: ImportPlan; applied?: ApplySummary };

export async function runImportRequest(input: z.output<typeof importRequestSchema>, { tx, token, actor }: { tx: Tx; token: TokenPrincipal; actor: Actor }): Promise<{ status?: number; body: ImportResponse }> {
  const preview = await previewImport(tx, { bytes: input.bytes, fileName: input.fileName, mode: input.mode, tokenId: token.id });
  if (!preview.ok) return { status: 422, body: { error: m.fileHasIssues, errorEn: translateMessage(m.fileHasIssues, "en"), issues: withEnglish(preview.issues) } };
  if (input.dryRun) return { body: { importId: preview.importId, dryRun: true, plan: preview.plan } };
  const applied = await applyImport(tx, preview.importId, actor);
  return { body: { importId: preview.importId, dryRun: false, plan: preview.plan, applied } };
}
