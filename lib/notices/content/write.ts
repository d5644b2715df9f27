import "server-only";
import { ActionError } from "@/lib/actions/errors";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revisionContentSchema, type AmendmentContent, type BlockContent, type RevisionContent, type RevisionContentInput } from "./schema";

type Role = "AUDIENCE" | "SERVICE" | "PAYMENT_METHOD" | "CHANNEL";
type CatalogIds = Record<Role, Map<string, string>>;

const catalogNames: Record<Role, string> = { AUDIENCE: "対象者", SERVICE: "サービス", PAYMENT_METHOD: "決済手段", CHANNEL: "チャネル" };

/** Content names a catalog entry that does not exist: the editor's form shows it on the content (an ActionError). */
export class UnknownCatalogKeyError extends ActionError {
  constructor(
    readonly role: Role,
    readonly key: string,
    field = "content",
  ) {
    super(`カタログに${catalogNames[role]}「${key}」はありません。`, field);
    this.name = "UnknownCatalogKeyError";
  }
}

async function catalogIds(tx: Tx): Promise<CatalogIds> {
  // one after another: a transaction has one connection
  const audiences = await tx.audience.findMany({ select: { id: true, key: true } });
  const services = await tx.service.findMany({ select: { id: true, key: true } });
  const methods = await tx.paymentMethod.findMany({ select: { id: true, key: true } });
  const channels = await tx.channel.findMany({ select: { id: true, key: true } });
  const map = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  return { AUDIENCE: map(audiences), SERVICE: map(services), PAYMENT_METHOD: map(methods), CHANNEL: map(channels) };
}

const refField = { AUDIENCE: "audienceId", SERVICE: "serviceId", PAYMENT_METHOD: "paymentMethodId", CHANNEL: "channelId" } as const;

function idOf(ids: CatalogIds, role: Role, key: string, field?: string): string {
  const id = ids[role].get(key);
  if (!id) throw new UnknownCatalogKeyError(role, key, field);
  return id;
}

/** The Json payload of a non-prose, non-table block: everything but what has columns of its own. */
function blockData(block: BlockContent): Prisma.InputJsonValue {
  const { type: _type, ...rest } = block;
  if (block.type === "PROSE") return { numbered: block.numbered };
  if (block.type === "IMPACT_TABLE") return { numbered: block.numbered };
  return rest as Prisma.InputJsonValue;
}

async function writeBlock(tx: Tx, ids: CatalogIds, sectionId: string, position: number, block: BlockContent) {
  const created = await tx.block.create({
    data: {
      sectionId,
      position,
      type: block.type,
      bodyJa: block.type === "PROSE" ? block.body.ja : null,
      bodyEn: block.type === "PROSE" ? (block.body.en ?? null) : null,
      data: blockData(block),
    },
  });
  const footnotes = block.type === "PROSE" || block.type === "IMPACT_TABLE" ? block.footnotes : [];
  if (footnotes.length)
    await tx.footnote.createMany({
      data: footnotes.map((f, i) => ({ blockId: created.id, key: f.key, position: i, textJa: f.text.ja, textEn: f.text.en ?? null })),
    });
  if (block.type !== "IMPACT_TABLE") return;
  const table = await tx.impactTable.create({
    data: {
      blockId: created.id,
      captionJa: block.caption?.ja ?? null,
      captionEn: block.caption?.en ?? null,
      columns: {
        create: block.columns.map((c, i) => ({ position: i, role: c.role, headerJa: c.header.ja, headerEn: c.header.en ?? null, groupRows: c.groupRows })),
      },
    },
    include: { columns: { orderBy: { position: "asc" } } },
  });
  for (const [r, row] of block.rows.entries()) {
    await tx.impactRow.create({
      data: {
        tableId: table.id,
        position: r,
        cells: {
          create: row.cells.map((cell, i) => {
            const column = table.columns[i]!;
            const role = column.role in refField ? (column.role as Role) : null;
            return {
              columnId: column.id,
              labelJa: cell.label?.ja ?? null,
              labelEn: cell.label?.en ?? null,
              textJa: cell.text?.ja ?? null,
              textEn: cell.text?.en ?? null,
              availability: cell.availability ?? null,
              refs: role
                ? { create: cell.refs.map((key, position) => ({ position, [refField[role]]: idOf(ids, role, key) })) }
                : undefined,
            };
          }),
        },
      },
    });
  }
}

/** The columns of a Revision row that hold content (the rest are workflow state). */
function contentColumns(content: RevisionContent, contactId: string | null) {
  return {
    titleJa: content.title.ja,
    titleEn: content.title.en ?? null,
    addresseeJa: content.addressee?.ja ?? null,
    addresseeEn: content.addressee?.en ?? null,
    signed: content.signed,
    leadJa: content.lead.ja,
    leadEn: content.lead.en ?? null,
    hasKi: content.hasKi,
    hasIjo: content.hasIjo,
    merchantAction: content.merchantAction.level,
    merchantActionJa: content.merchantAction.text?.ja ?? null,
    merchantActionEn: content.merchantAction.text?.en ?? null,
    merchantActionConditionJa: content.merchantAction.condition?.ja ?? null,
    merchantActionConditionEn: content.merchantAction.condition?.en ?? null,
    contactId,
  };
}

const amendmentColumns = (amendment: AmendmentContent) => ({
  type: amendment.type,
  summaryJa: amendment.summary.ja,
  summaryEn: amendment.summary.en ?? null,
  sectionKeys: amendment.sectionKeys,
  windowKeys: amendment.windowKeys,
});

/** Validates the content and resolves what it references: bad input throws before anything is written. */
async function prepare(tx: Tx, input: RevisionContentInput) {
  const content = revisionContentSchema.parse(input);
  const ids = await catalogIds(tx);
  // windows and the screen name channels by key; each must be in the catalog (their rows
  // reference it), refused at the field that names it before anything is written
  content.windows.forEach((w, i) => w.channelKeys.forEach((k) => idOf(ids, "CHANNEL", k, `content.windows.${i}.channelKeys`)));
  for (const k of content.screen?.channelKeys ?? []) idOf(ids, "CHANNEL", k, "content.screen.channelKeys");
  const contact = content.contactKey ? await tx.contact.findUnique({ where: { key: content.contactKey } }) : null;
  if (content.contactKey && !contact) throw new ActionError(`問い合わせ先「${content.contactKey}」はありません。`, "content.contactKey");
  return { content, ids, contactId: contact?.id ?? null };
}

/** Writes the rows a revision's content spreads over (windows, screen, sections and their blocks). */
async function writeContentRows(tx: Tx, ids: CatalogIds, revisionId: string, content: RevisionContent) {
  for (const [position, w] of content.windows.entries())
    await tx.maintenanceWindow.create({
      data: {
        revisionId,
        key: w.key,
        position,
        startsAt: w.startsAt,
        endsAt: w.endsAt,
        status: w.status,
        channels: { create: w.channelKeys.map((k) => ({ channelId: idOf(ids, "CHANNEL", k) })) },
      },
    });
  if (content.screen) {
    const screen = content.screen;
    await tx.screenSettings.create({
      data: {
        revisionId,
        errorCode: screen.errorCode,
        modalBehavior: screen.modalBehavior,
        resendRequired: screen.resendRequired,
        headingJa: screen.heading.ja,
        headingEn: screen.heading.en ?? null,
        messageJa: screen.message.ja,
        messageEn: screen.message.en ?? null,
        periodLabelJa: screen.periodLabel.ja,
        periodLabelEn: screen.periodLabel.en ?? null,
        periodStyle: screen.periodStyle,
        inlineMessageJa: screen.inlineMessage.ja,
        inlineMessageEn: screen.inlineMessage.en ?? null,
        contactLabelJa: screen.contactLabel.ja,
        contactLabelEn: screen.contactLabel.en ?? null,
        contactLinesJa: screen.contactLines.ja,
        contactLinesEn: screen.contactLines.en,
        channels: { create: screen.channelKeys.map((k) => ({ channelId: idOf(ids, "CHANNEL", k) })) },
      },
    });
  }
  const positions = { BODY: 0, ATTACHMENT: 0 };
  for (const section of content.sections) {
    const created = await tx.section.create({
      data: {
        revisionId,
        key: section.key,
        kind: section.kind,
        position: positions[section.kind]++,
        headingJa: section.heading?.ja ?? null,
        headingEn: section.heading?.en ?? null,
      },
    });
    for (const [i, block] of section.blocks.entries()) await writeBlock(tx, ids, created.id, i, block);
  }
}

/**
 * Stores a revision draft (status DRAFT) with all its content. Validates with the
 * shared schema first, so bad input changes nothing. Runs inside the caller's
 * transaction, which also writes the audit event.
 */
export async function createRevisionDraft(
  tx: Tx,
  input: { noticeId: string; content: RevisionContentInput; authorId?: string | null; basedOnId?: string | null },
) {
  const { content, ids, contactId } = await prepare(tx, input.content);
  const revision = await tx.revision.create({
    data: {
      noticeId: input.noticeId,
      basedOnId: input.basedOnId ?? null,
      authorId: input.authorId ?? null,
      ...contentColumns(content, contactId),
      amendment: content.amendment ? { create: amendmentColumns(content.amendment) } : undefined,
    },
  });
  await writeContentRows(tx, ids, revision.id, content);
  return revision;
}

/**
 * Replaces an unpublished revision's content with `input` (the whole of it: a save of
 * the editor's form). The amendment is replaced only when the content carries one:
 * it has its own command (setAmendment). Validates first, so bad input changes nothing.
 */
export async function replaceRevisionContent(tx: Tx, revisionId: string, input: RevisionContentInput) {
  const { content, ids, contactId } = await prepare(tx, input);
  // sections cascade to their blocks, tables, rows, cells and refs; screens to their channels
  await tx.section.deleteMany({ where: { revisionId } });
  await tx.maintenanceWindow.deleteMany({ where: { revisionId } });
  await tx.screenSettings.deleteMany({ where: { revisionId } });
  await tx.revision.update({ where: { id: revisionId }, data: contentColumns(content, contactId) });
  if (content.amendment) await writeAmendment(tx, revisionId, content.amendment);
  await writeContentRows(tx, ids, revisionId, content);
}

/** Sets (creates or replaces) a revision's amendment. */
export async function writeAmendment(tx: Tx, revisionId: string, amendment: AmendmentContent) {
  const columns = amendmentColumns(amendment);
  await tx.amendment.upsert({ where: { revisionId }, create: { revisionId, ...columns }, update: columns });
}
