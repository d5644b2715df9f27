import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { revisionContentSchema, type BlockContent, type RevisionContentInput } from "./schema";

type Role = "AUDIENCE" | "SERVICE" | "PAYMENT_METHOD" | "CHANNEL";
type CatalogIds = Record<Role, Map<string, string>>;

export class UnknownCatalogKeyError extends Error {
  constructor(
    readonly role: string,
    readonly key: string,
  ) {
    super(`unknown ${role.toLowerCase()} key "${key}"`);
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

function idOf(ids: CatalogIds, role: Role, key: string): string {
  const id = ids[role].get(key);
  if (!id) throw new UnknownCatalogKeyError(role, key);
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

/**
 * Stores a revision draft (status DRAFT) with all its content. Validates with the
 * shared schema first, so bad input changes nothing. Runs inside the caller's
 * transaction, which also writes the audit event.
 */
export async function createRevisionDraft(
  tx: Tx,
  input: { noticeId: string; content: RevisionContentInput; authorId?: string | null; basedOnId?: string | null },
) {
  const content = revisionContentSchema.parse(input.content);
  const ids = await catalogIds(tx);
  // windows name channels by key (they travel in the JSON API as keys); check them here
  for (const w of content.windows) for (const k of w.channelKeys) idOf(ids, "CHANNEL", k);
  const contact = content.contactKey ? await tx.contact.findUniqueOrThrow({ where: { key: content.contactKey } }) : null;
  const revision = await tx.revision.create({
    data: {
      noticeId: input.noticeId,
      basedOnId: input.basedOnId ?? null,
      authorId: input.authorId ?? null,
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
      contactId: contact?.id ?? null,
      windows: {
        create: content.windows.map((w, position) => ({
          key: w.key,
          position,
          startsAt: w.startsAt,
          endsAt: w.endsAt,
          status: w.status,
          channelKeys: w.channelKeys,
        })),
      },
      amendment: content.amendment
        ? {
            create: {
              type: content.amendment.type,
              summaryJa: content.amendment.summary.ja,
              summaryEn: content.amendment.summary.en ?? null,
              sectionKeys: content.amendment.sectionKeys,
              windowKeys: content.amendment.windowKeys,
            },
          }
        : undefined,
      screen: content.screen
        ? {
            create: {
              errorCode: content.screen.errorCode,
              modalBehavior: content.screen.modalBehavior,
              resendRequired: content.screen.resendRequired,
              headingJa: content.screen.heading.ja,
              headingEn: content.screen.heading.en ?? null,
              messageJa: content.screen.message.ja,
              messageEn: content.screen.message.en ?? null,
              periodLabelJa: content.screen.periodLabel.ja,
              periodLabelEn: content.screen.periodLabel.en ?? null,
              inlineMessageJa: content.screen.inlineMessage.ja,
              inlineMessageEn: content.screen.inlineMessage.en ?? null,
              contactLabelJa: content.screen.contactLabel.ja,
              contactLabelEn: content.screen.contactLabel.en ?? null,
              contactLinesJa: content.screen.contactLines.ja,
              contactLinesEn: content.screen.contactLines.en,
              channels: { create: content.screen.channelKeys.map((k) => ({ channelId: idOf(ids, "CHANNEL", k) })) },
            },
          }
        : undefined,
    },
  });
  const positions = { BODY: 0, ATTACHMENT: 0 };
  for (const section of content.sections) {
    const created = await tx.section.create({
      data: {
        revisionId: revision.id,
        key: section.key,
        kind: section.kind,
        position: positions[section.kind]++,
        headingJa: section.heading?.ja ?? null,
        headingEn: section.heading?.en ?? null,
      },
    });
    for (const [i, block] of section.blocks.entries()) await writeBlock(tx, ids, created.id, i, block);
  }
  return revision;
}
