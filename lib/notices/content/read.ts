// The inverse of write.ts: a stored revision back in the shape of
// schema.ts. The JSON API, the history diff, "copy an earlier notice"
// and the renderer all start from this one shape.
import { storedChannelKeys } from "@/lib/maintenance/window-channels";
import type { FullRevision } from "@/lib/notices/published/queries";
import type { BlockContent, RevisionContent } from "./schema";

type Localized = { ja: string; en?: string };
const loc = (ja: string | null, en: string | null): Localized | undefined => (ja === null ? undefined : en === null ? { ja } : { ja, en });
const must = (ja: string, en: string | null): Localized => (en === null ? { ja } : { ja, en });

type DbBlock = FullRevision["sections"][number]["blocks"][number];
type DbRef = NonNullable<DbBlock["table"]>["rows"][number]["cells"][number]["refs"][number];

const refKey = (ref: DbRef) => (ref.audience ?? ref.service ?? ref.paymentMethod ?? ref.channel)!.key;

export function blockContent(block: DbBlock): BlockContent {
  const data = (block.data ?? {}) as Record<string, unknown>;
  const numbered = Boolean(data.numbered);
  const footnotes = block.footnotes.map((f) => ({ key: f.key, text: must(f.textJa, f.textEn) }));
  if (block.type === "PROSE") return { type: "PROSE", numbered, body: must(block.bodyJa ?? "", block.bodyEn), footnotes };
  if (block.type === "IMPACT_TABLE") {
    const table = block.table!;
    return {
      type: "IMPACT_TABLE",
      numbered,
      caption: loc(table.captionJa, table.captionEn),
      columns: table.columns.map((c) => ({ role: c.role, header: must(c.headerJa, c.headerEn), groupRows: c.groupRows })),
      rows: table.rows.map((row) => ({
        cells: table.columns.map((column) => {
          const cell = row.cells.find((c) => c.columnId === column.id);
          return {
            refs: cell?.refs.map(refKey) ?? [],
            label: cell ? loc(cell.labelJa, cell.labelEn) : undefined,
            text: cell ? loc(cell.textJa, cell.textEn) : undefined,
            availability: cell?.availability ?? undefined,
          };
        }),
      })),
      footnotes,
    };
  }
  return { ...data, type: block.type, numbered } as BlockContent;
}

export function revisionContent(revision: FullRevision): RevisionContent {
  const screen = revision.screen;
  return {
    title: must(revision.titleJa, revision.titleEn),
    addressee: loc(revision.addresseeJa, revision.addresseeEn),
    signed: revision.signed,
    lead: must(revision.leadJa, revision.leadEn),
    hasKi: revision.hasKi,
    hasIjo: revision.hasIjo,
    merchantAction: {
      level: revision.merchantAction,
      text: loc(revision.merchantActionJa, revision.merchantActionEn),
      condition: loc(revision.merchantActionConditionJa, revision.merchantActionConditionEn),
    },
    contactKey: revision.contact?.key,
    windows: revision.windows.map((w) => ({ key: w.key, startsAt: w.startsAt, endsAt: w.endsAt, status: w.status, channelKeys: storedChannelKeys(w) })),
    sections: revision.sections.map((s) => ({
      key: s.key,
      kind: s.kind,
      heading: loc(s.headingJa, s.headingEn),
      blocks: s.blocks.map(blockContent),
    })),
    screen: screen
      ? {
          errorCode: screen.errorCode,
          modalBehavior: screen.modalBehavior,
          resendRequired: screen.resendRequired,
          heading: must(screen.headingJa, screen.headingEn),
          message: must(screen.messageJa, screen.messageEn),
          periodLabel: must(screen.periodLabelJa, screen.periodLabelEn),
          periodStyle: screen.periodStyle,
          inlineMessage: must(screen.inlineMessageJa, screen.inlineMessageEn),
          contactLabel: must(screen.contactLabelJa, screen.contactLabelEn),
          contactLines: { ja: screen.contactLinesJa, en: screen.contactLinesEn },
          channelKeys: screen.channels.map((c) => c.channel.key),
        }
      : undefined,
    amendment: revision.amendment
      ? {
          type: revision.amendment.type,
          summary: must(revision.amendment.summaryJa, revision.amendment.summaryEn),
          sectionKeys: revision.amendment.sectionKeys,
          windowKeys: revision.amendment.windowKeys,
        }
      : undefined,
  };
}
