import "server-only";
import { randomUUID } from "node:crypto";
import { ActionError, ConflictError } from "@/lib/actions/errors";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { formatMoment } from "@/lib/format/dates";
import type { ControlSource, MaintenanceControl } from "@/lib/generated/prisma/enums";
import { createNotice, publishRevision, saveDraft, startAmendment, type CommandContext } from "@/lib/notices/commands";
import { requireApprover } from "@/lib/notices/commands/context";
import { revisionContent } from "@/lib/notices/content/read";
import type { RevisionContentInput } from "@/lib/notices/content/schema";
import { templateContent } from "@/lib/notices/editor/templates";
import type { Publication } from "@/lib/notices/publish-hook";
import { revisionInclude } from "@/lib/notices/published/queries";
import { controlMessages as m, controlMessagesIn } from "./messages";
import { startSlug } from "./slug";
import type { EndMaintenanceInput, ExtendMaintenanceInput, StartMaintenanceInput } from "./schemas";

// The maintenance controls (issue 10, DESIGN.md Decisions 5 and 6): shortcuts that
// publish at once by break glass through the notice commands, so that the page, the
// calendar, the API and the screens never disagree. Each runs inside the caller's one
// transaction (defineAction, or the outage command's replay) and returns the
// publication for the publish hook, which refreshes the maintenance snapshot on this
// instance; the commit's NOTIFY refreshes the others (lib/freshness).

/** Who issued a control and when it takes effect (the console: now; a replayed outage command: when it was issued). */
export interface ControlOrigin {
  /** the command's id: the outage journal's entry id for a replayed command, so it is recorded once */
  commandId?: string;
  source: ControlSource;
  /** the instant the control takes effect; defaults to now */
  at?: Date;
}

export interface ControlOutcome {
  published: Publication[];
  commandId: string;
  noticeId: string;
  revisionId: string;
  slug: string;
}

/**
 * Records the control with the revision it publishes, before the publication: the
 * trigger Revision_break_glass_kind lets a revision recorded here (extend, end) break
 * glass on any kind of notice.
 */
async function recordCommand(
  tx: Tx,
  data: { id: string; control: MaintenanceControl; source: ControlSource; operatorId: string; noticeId: string; revisionId: string; windowKey: string; issuedAt: Date },
) {
  await tx.maintenanceCommand.create({ data });
}

/**
 * A command id recorded already is refused before anything is written (a journal entry
 * replayed twice). The primary key stays the last word: of two replays at once, the
 * second fails at the insert and rolls back.
 */
async function refuseRecorded(tx: Tx, commandId: string | undefined) {
  if (commandId && (await tx.maintenanceCommand.findUnique({ where: { id: commandId }, select: { id: true } }))) throw new ActionError(m.alreadyRecorded);
}

/** the audit log's names (their labels are in lib/admin/audit/messages.ts) */
const auditActions: Record<MaintenanceControl, string> = { START: "maintenance.start", EXTEND: "maintenance.extend", END: "maintenance.stop" };

async function controlAudit(context: CommandContext, control: MaintenanceControl, origin: ControlOrigin & { commandId: string }, ids: { noticeId: string; revisionId: string }, data: Record<string, unknown>) {
  // The break-glass mark asks for an approval afterwards: the dashboard lists every
  // break-glass publication not yet reviewed to admins and approvers
  // (breakGlassAwaitingReview). Issue 11's mail to the admins is recorded here, in
  // this transaction (its outbox), and sent by its worker.
  await audit(context.tx, {
    actor: context.actor,
    action: auditActions[control],
    entityType: "MaintenanceCommand",
    entityId: origin.commandId,
    noticeId: ids.noticeId,
    revisionId: ids.revisionId,
    breakGlass: true,
    data: { source: origin.source, ...data } as never,
  });
}

async function checkChannels(tx: Tx, keys: readonly string[]) {
  const known = new Set((await tx.channel.findMany({ where: { archivedAt: null, key: { in: [...keys] } }, select: { key: true } })).map((c) => c.key));
  const unknown = keys.find((k) => !known.has(k));
  if (unknown) throw new ActionError(m.unknownChannel(unknown), "channels");
}

const localizedText = (ja: string, en: string | null) => (en ? { ja, en } : { ja });

/** The minimal 緊急 notice of "start now": the 緊急 template, one window at..end on the channels, the admin's screen texts frozen. */
async function startContent(tx: Tx, issuerId: string, input: StartMaintenanceInput, at: Date): Promise<RevisionContentInput> {
  const defaults = await tx.screenDefaults.findUnique({ where: { issuerId } });
  if (!defaults) throw new ActionError(m.noDefaults);
  const contact = await tx.contact.findFirst({ where: { archivedAt: null }, orderBy: { key: "asc" }, select: { key: true } });
  if (!contact) throw new ActionError(m.noContact);
  const names = await tx.channel.findMany({ where: { key: { in: input.channels } }, orderBy: [{ sortOrder: "asc" }, { key: "asc" }], select: { nameJa: true, nameEn: true } });
  const content = templateContent({ kind: "EMERGENCY", titleJa: input.titleJa || m.defaultTitle, contactKey: contact.key, window: { startsAt: at, endsAt: input.endsAt } });
  // without a title of the approver's own, the default is said in English too: English-speaking
  // merchants' mails and the English page then name it in English from the first message
  if (!input.titleJa) content.title.en = controlMessagesIn.en.defaultTitle;
  content.windows = [{ key: "main", startsAt: at, endsAt: input.endsAt, channelKeys: input.channels }];
  // the template's placeholders would go public: the facts known now, completed later by amendments
  // in English too where the words are the system's own (channel names, the default sentence); a reason typed in Japanese stays Japanese
  const namesEn = names.every((c) => c.nameEn) ? names.map((c) => c.nameEn).join(", ") : null;
  const said: Record<string, { ja: string; en?: string }> = {
    target: { ja: controlMessagesIn.ja.startTarget(names.map((c) => c.nameJa).join("、")), ...(namesEn ? { en: controlMessagesIn.en.startTarget(namesEn) } : {}) },
    content: input.reason ? { ja: `${m.startReasonPrefix}${input.reason}` } : { ja: controlMessagesIn.ja.startNoReason, en: controlMessagesIn.en.startNoReason },
  };
  content.sections = content.sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => (b.type === "PROSE" && said[s.key] ? { ...b, body: said[s.key]! } : b)),
  }));
  content.screen = {
    errorCode: defaults.errorCode,
    modalBehavior: "FULL_PAGE",
    resendRequired: true,
    heading: localizedText(defaults.headingJa, defaults.headingEn),
    message: localizedText(defaults.messageJa, defaults.messageEn),
    periodLabel: localizedText(defaults.periodLabelJa, defaults.periodLabelEn),
    inlineMessage: localizedText(defaults.inlineMessageJa, defaults.inlineMessageEn),
    contactLabel: localizedText(defaults.contactLabelJa, defaults.contactLabelEn),
    contactLines: { ja: defaults.contactLinesJa, en: defaults.contactLinesEn },
    channelKeys: input.channels,
  };
  return content;
}

/** Start now: a minimal 緊急 notice with one window from now to the expected end on the channels, published at once. */
export async function startMaintenance(context: CommandContext, input: StartMaintenanceInput, origin: ControlOrigin): Promise<ControlOutcome> {
  const { tx } = context;
  requireApprover(context);
  const at = origin.at ?? now();
  await refuseRecorded(tx, origin.commandId);
  const commandId = origin.commandId ?? randomUUID();
  if (input.endsAt <= at) throw new ActionError(m.endInPast, "endsAt");
  await checkChannels(tx, input.channels);
  const issuer = await tx.issuer.findFirstOrThrow({ orderBy: { key: "asc" }, select: { id: true } });
  const content = await startContent(tx, issuer.id, input, at);
  const slug = startSlug(commandId, at);
  const created = await createNotice(context, { kind: "EMERGENCY", slug, content, issuerId: issuer.id });
  const ids = { noticeId: created.noticeId, revisionId: created.revisionId };
  await recordCommand(tx, { id: commandId, control: "START", source: origin.source, operatorId: context.user.id, ...ids, windowKey: "main", issuedAt: at });
  // a replayed start whose expected end passed during the outage is history by now: a backfill (Decision 8)
  const over = input.endsAt <= now();
  await publishRevision(context, { revisionId: created.revisionId, version: created.version, breakGlass: true, ...(over ? { backfill: true, publishedAt: at } : {}) });
  await controlAudit(context, "START", { ...origin, commandId }, ids, { channels: input.channels, start: at.toISOString(), end: input.endsAt.toISOString(), reason: input.reason ?? null });
  return { published: [{ slug }], commandId, ...ids, slug };
}

/**
 * The notice's published revision, if it is still the one the operator saw, and its
 * window in force at `at`. The notice is locked first: a publication by someone else
 * waits for this transaction, or this one sees it and refuses.
 */
async function windowInForce(tx: Tx, input: { revisionId: string; windowKey: string }, at: Date) {
  const seen = await tx.revision.findUnique({ where: { id: input.revisionId }, select: { noticeId: true } });
  if (!seen) throw new ConflictError(m.noticeMoved, { publishedRevisionId: null });
  await tx.$queryRaw`SELECT 1 FROM "Notice" WHERE "id" = ${seen.noticeId} FOR UPDATE`;
  const published = await tx.revision.findFirst({ where: { noticeId: seen.noticeId, status: "PUBLISHED", notice: { state: "PUBLISHED", deletedAt: null } }, include: { notice: true, windows: true } });
  if (!published || published.id !== input.revisionId) throw new ConflictError(m.noticeMoved, { publishedRevisionId: published?.id ?? null });
  const window = published.windows.find((w) => w.key === input.windowKey && w.status === "SCHEDULED");
  if (!window || window.startsAt > at || window.endsAt <= at) throw new ActionError(m.noWindowInForce);
  return { published, window };
}

/** An amendment of the notice whose window `key` ends at `endsAt`, published at once by break glass; recorded as `control`. */
async function amendWindowEnd(
  context: CommandContext,
  control: "EXTEND" | "END",
  target: Awaited<ReturnType<typeof windowInForce>>,
  endsAt: Date,
  origin: ControlOrigin & { commandId: string; at: Date },
): Promise<ControlOutcome> {
  const { tx } = context;
  const { published, window } = target;
  const draft = await startAmendment(context, { noticeId: published.noticeId });
  const full = await tx.revision.findUniqueOrThrow({ where: { id: draft.revisionId }, include: revisionInclude });
  const content = revisionContent(full);
  const say = (locale: "ja" | "en") => controlMessagesIn[locale][control === "EXTEND" ? "extendSummary" : "endSummary"](formatMoment(endsAt, locale));
  const summary = { ja: say("ja"), en: say("en") };
  const amended: RevisionContentInput = {
    ...content,
    windows: content.windows.map((w) => (w.key === window.key ? { ...w, endsAt } : w)),
    amendment: { type: control === "EXTEND" ? "EXTENSION" : "COMPLETION", summary, sectionKeys: [], windowKeys: [window.key] },
  };
  const saved = await saveDraft(context, { revisionId: draft.revisionId, version: draft.version, content: amended });
  const ids = { noticeId: published.noticeId, revisionId: draft.revisionId };
  await recordCommand(tx, { id: origin.commandId, control, source: origin.source, operatorId: context.user.id, ...ids, windowKey: window.key, issuedAt: origin.at });
  await publishRevision(context, { revisionId: draft.revisionId, version: saved.version, breakGlass: true });
  await controlAudit(context, control, origin, ids, { windowKey: window.key, from: window.endsAt.toISOString(), to: endsAt.toISOString(), basedOn: published.id });
  return { published: [{ slug: published.notice.slug }], commandId: origin.commandId, ...ids, slug: published.notice.slug };
}

/** Extend: the window in force ends later (a 延長 amendment, published at once). */
export async function extendMaintenance(context: CommandContext, input: ExtendMaintenanceInput, origin: ControlOrigin): Promise<ControlOutcome> {
  requireApprover(context);
  const at = origin.at ?? now();
  await refuseRecorded(context.tx, origin.commandId);
  const target = await windowInForce(context.tx, input, at);
  if (input.endsAt <= target.window.endsAt) throw new ActionError(m.extendNotLater, "endsAt");
  return amendWindowEnd(context, "EXTEND", target, input.endsAt, { ...origin, at, commandId: origin.commandId ?? randomUUID() });
}

/** End now: the window in force ends at this instant (a 完了 amendment, published at once). */
export async function endMaintenance(context: CommandContext, input: EndMaintenanceInput, origin: ControlOrigin): Promise<ControlOutcome> {
  requireApprover(context);
  const at = origin.at ?? now();
  await refuseRecorded(context.tx, origin.commandId);
  const target = await windowInForce(context.tx, input, at);
  return amendWindowEnd(context, "END", target, at, { ...origin, at, commandId: origin.commandId ?? randomUUID() });
}
