import "server-only";
import type { Actor } from "@/lib/audit";
import { audit } from "@/lib/audit";
import { ActionError, ConflictError } from "@/lib/actions/errors";
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { merchantColumns } from "./columns";
import { readMerchantCsv, type LineKeys } from "./csv";
import { merchantMessages } from "./messages";
import { directoryHash, planImport, planIsEmpty, rowLists, type DirectoryMerchant, type ImportPlan } from "./plan";
import { catalogColumns, type ImportIssue, type ImportModeValue, type MerchantRow } from "./schema";

// Preview and apply of a merchant master import (ADR 0015). Preview parses and checks
// the file, computes the plan against the directory and stores both; apply carries out
// the stored plan in the caller's transaction with its audit event, and refuses when the
// directory moved since the preview. Nothing partial: any issue and nothing is stored.
const m = merchantMessages.errors;

export type PreviewResult = { ok: false; issues: ImportIssue[] } | { ok: true; importId: string; plan: ImportPlan };

/** The directory in the import's terms (catalog keys), every merchant, active or not. */
export async function loadDirectory(tx: Tx): Promise<DirectoryMerchant[]> {
  const merchants = await tx.merchant.findMany({
    include: {
      contacts: true,
      services: { include: { service: { select: { key: true } } } },
      paymentMethods: { include: { paymentMethod: { select: { key: true } } } },
      channels: { include: { channel: { select: { key: true } } } },
    },
  });
  return merchants.map((merchant) => ({
    id: merchant.id,
    code: merchant.code,
    nameJa: merchant.nameJa,
    nameEn: merchant.nameEn,
    locale: merchant.locale,
    active: merchant.deactivatedAt === null,
    contacts: merchant.contacts.map((c) => `${c.purpose}:${c.email}`).sort(),
    services: merchant.services.map((s) => s.service.key).sort(),
    paymentMethods: merchant.paymentMethods.map((p) => p.paymentMethod.key).sort(),
    channels: merchant.channels.map((c) => c.channel.key).sort(),
  }));
}

/** Catalog keys → ids, with whether each is retired. */
async function catalogIds(tx: Tx) {
  const select = { id: true, key: true, archivedAt: true } as const;
  const [services, paymentMethods, channels] = await Promise.all([tx.service.findMany({ select }), tx.paymentMethod.findMany({ select }), tx.channel.findMany({ select })]);
  const index = (rows: { id: string; key: string; archivedAt: Date | null }[]) => new Map(rows.map((r) => [r.key, r]));
  return { services: index(services), paymentMethods: index(paymentMethods), channels: index(channels) };
}

/** Every unknown or retired catalog key of the file's lines, at its line and column. */
async function catalogIssues(tx: Tx, lines: LineKeys[]): Promise<ImportIssue[]> {
  const catalog = await catalogIds(tx);
  const issues: ImportIssue[] = [];
  for (const { line, ...keys } of lines)
    for (const kind of ["services", "paymentMethods", "channels"] as const)
      for (const key of keys[kind]) {
        const entry = catalog[kind].get(key);
        if (!entry) issues.push({ line, column: catalogColumns[kind], value: key, message: m.unknownKey });
        else if (entry.archivedAt) issues.push({ line, column: catalogColumns[kind], value: key, message: m.retiredKey });
      }
  return issues;
}

export interface PreviewRequest {
  bytes: Uint8Array;
  fileName?: string | null;
  mode: ImportModeValue;
  createdById?: string | null;
  tokenId?: string | null;
}

/** Parses and checks the file; when it is clean, stores the plan for apply and returns it. */
export async function previewImport(tx: Tx, request: PreviewRequest): Promise<PreviewResult> {
  const parsed = readMerchantCsv(request.bytes);
  // by line, and within a line by column (the file's order)
  const order = (issue: ImportIssue) => (issue.column ? merchantColumns.indexOf(issue.column) : -1);
  const issues = [...parsed.issues, ...(await catalogIssues(tx, parsed.keys))].sort((a, b) => a.line - b.line || order(a) - order(b));
  if (issues.length) return { ok: false, issues };
  const rows = parsed.rows.map((r) => r.row);
  const directory = await loadDirectory(tx);
  const plan = planImport(directory, rows, request.mode);
  const stored = await tx.merchantImport.create({
    data: {
      mode: request.mode,
      fileName: request.fileName ?? null,
      rows: rows as unknown as Prisma.InputJsonValue,
      plan: plan as unknown as Prisma.InputJsonValue,
      directoryHash: directoryHash(directory),
      createdById: request.createdById ?? null,
      tokenId: request.tokenId ?? null,
    },
  });
  return { ok: true, importId: stored.id, plan };
}

export async function loadImport(client: Tx | Db, importId: string) {
  const row = await client.merchantImport.findUnique({ where: { id: importId } });
  return row && { ...row, plan: row.plan as unknown as ImportPlan };
}

export interface ApplySummary {
  importId: string;
  created: number;
  changed: number;
  deactivated: number;
  unchanged: number;
  nothingChanged: boolean;
}

/**
 * Applies a stored preview, exactly: refuses (ConflictError) when it was applied
 * already or the directory moved since. Imports are serialized by an advisory lock so
 * two applies cannot both pass the check.
 */
export async function applyImport(tx: Tx, importId: string, actor: Actor): Promise<ApplySummary> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('merchant-import'))`;
  const stored = await loadImport(tx, importId);
  if (!stored) throw new ActionError(m.importMissing);
  if (stored.appliedAt) throw new ConflictError(m.importApplied, { appliedAt: stored.appliedAt });
  const directory = await loadDirectory(tx);
  if (directoryHash(directory) !== stored.directoryHash) throw new ConflictError(m.importStale);
  const { plan } = stored;
  const rows = stored.rows as unknown as MerchantRow[];
  const catalog = await catalogIds(tx);
  const ids = (kind: "services" | "paymentMethods" | "channels", keys: string[]) =>
    keys.map((key) => {
      const entry = catalog[kind].get(key);
      if (!entry) throw new ConflictError(m.importStale); // a key left the catalog since the preview
      return entry.id;
    });
  const now = new Date();

  for (const row of plan.created) {
    await tx.merchant.create({
      data: {
        code: row.code,
        nameJa: row.nameJa,
        nameEn: row.nameEn,
        locale: row.locale,
        importedAt: now,
        contacts: { create: row.contacts.map((c) => ({ email: c.email, purpose: c.purpose })) },
        services: { create: ids("services", row.services).map((serviceId) => ({ serviceId })) },
        paymentMethods: { create: ids("paymentMethods", row.paymentMethods).map((paymentMethodId) => ({ paymentMethodId })) },
        channels: { create: ids("channels", row.channels).map((channelId) => ({ channelId })) },
      },
    });
  }
  const rowByCode = new Map(rows.map((row) => [row.code, row]));
  for (const change of plan.changed) {
    const row = rowByCode.get(change.code)!;
    const lists = rowLists(row);
    await tx.merchant.update({ where: { id: change.id }, data: { nameJa: row.nameJa, nameEn: row.nameEn, locale: row.locale, deactivatedAt: null, importedAt: now } });
    // the lists are replaced by the file's (the plan's added/removed are what this does)
    await tx.merchantContact.deleteMany({ where: { merchantId: change.id, NOT: { OR: row.contacts.map((c) => ({ email: c.email, purpose: c.purpose })) } } });
    await tx.merchantContact.createMany({ data: row.contacts.map((c) => ({ merchantId: change.id, email: c.email, purpose: c.purpose })), skipDuplicates: true });
    await tx.merchantService.deleteMany({ where: { merchantId: change.id, serviceId: { notIn: ids("services", lists.services) } } });
    await tx.merchantService.createMany({ data: ids("services", lists.services).map((serviceId) => ({ merchantId: change.id, serviceId })), skipDuplicates: true });
    await tx.merchantPaymentMethod.deleteMany({ where: { merchantId: change.id, paymentMethodId: { notIn: ids("paymentMethods", lists.paymentMethods) } } });
    await tx.merchantPaymentMethod.createMany({ data: ids("paymentMethods", lists.paymentMethods).map((paymentMethodId) => ({ merchantId: change.id, paymentMethodId })), skipDuplicates: true });
    await tx.merchantChannel.deleteMany({ where: { merchantId: change.id, channelId: { notIn: ids("channels", lists.channels) } } });
    await tx.merchantChannel.createMany({ data: ids("channels", lists.channels).map((channelId) => ({ merchantId: change.id, channelId })), skipDuplicates: true });
  }
  if (plan.deactivated.length) await tx.merchant.updateMany({ where: { id: { in: plan.deactivated.map((d) => d.id) } }, data: { deactivatedAt: now } });
  await tx.merchantImport.update({ where: { id: stored.id }, data: { appliedAt: now } });

  const summary: ApplySummary = {
    importId: stored.id,
    created: plan.created.length,
    changed: plan.changed.length,
    deactivated: plan.deactivated.length,
    unchanged: plan.unchanged,
    nothingChanged: planIsEmpty(plan),
  };
  await audit(tx, {
    actor,
    action: "merchant.import",
    entityType: "MerchantImport",
    entityId: stored.id,
    data: {
      mode: stored.mode,
      fileName: stored.fileName,
      ...summary,
      createdCodes: plan.created.map((r) => r.code),
      changedCodes: plan.changed.map((r) => r.code),
      deactivatedCodes: plan.deactivated.map((r) => r.code),
    },
  });
  return summary;
}
