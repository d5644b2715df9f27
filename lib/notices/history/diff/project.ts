// What a reader of one language sees of a revision, as labelled plain texts
// ("fields"): the history compares these, not the stored shapes, so a change
// only in the English text is no change on the Japanese history, and derived
// numbering (sections, items, footnotes' order) never counts as a change by itself.
import { formatApproxPeriod } from "@/lib/format";
import type { BlockContent, RevisionContent, ScreenContent } from "@/lib/notices/content/schema";
import type { Locale } from "@/lib/i18n/locale";
import type { ContactSnapshot, IssuerSnapshot } from "@/lib/notices/content/snapshots";
import { pick, type LText } from "@/lib/notices/page/view";
import { messages } from "@/lib/i18n/messages";

/** One revision as the history diffs it: its content and the frozen copies it shows. */
export interface RevisionSide {
  content: RevisionContent;
  contact: ContactSnapshot | null;
  issuer: IssuerSnapshot | null;
}

export interface Field {
  /** what the text is, independent of its position: fields of one kind are compared */
  kind: string;
  label: string;
  value: LText;
}

export interface TableProjection {
  columns: LText[];
  rows: LText[][];
}

export interface BlockProjection {
  type: BlockContent["type"];
  label: string;
  fields: Field[];
  table: TableProjection | null;
}

type Localized = { ja: string; en?: string } | undefined | null;

const fixed = (text: string, locale: Locale): LText => ({ text, lang: locale, fallback: false });

function text(value: Localized, locale: Locale, transform: (s: string) => string = (s) => s): LText | null {
  const picked = pick(value, locale);
  return picked && { ...picked, text: transform(picked.text) };
}

/** Several texts as one, in English only where every one of them has English. */
function joined(values: { ja: string; en?: string }[], separator: string): { ja: string; en?: string } {
  const ja = values.map((v) => v.ja).join(separator);
  return values.every((v) => v.en) ? { ja, en: values.map((v) => v.en).join(separator) } : { ja };
}

const field = (kind: string, label: string, value: LText | null): Field[] => (value ? [{ kind, label, value }] : []);

/**
 * Markdown as the reader reads it: footnote references as the ※n they render as,
 * the error code in place of its placeholder, emphasis marks dropped.
 */
export function plainText(markdown: string, footnoteKeys: string[], errorCode: string | null): string {
  return markdown
    .replace(/\[\^([a-z0-9-]+)\]/g, (_, key: string) => (footnoteKeys.includes(key) ? `※${footnoteKeys.indexOf(key) + 1}` : ""))
    .replace(/\{\{errorCode\}\}/g, errorCode ?? "")
    .replace(/\*\*|__|`/g, "")
    .trim();
}

type Of<K extends BlockContent["type"]> = Extract<BlockContent, { type: K }>;

function footnoteFields(footnotes: { key: string; text: { ja: string; en?: string } }[], locale: Locale): Field[] {
  return footnotes.flatMap((f, i) => field(`footnote:${f.key}`, `※${i + 1}`, text(f.text, locale)));
}

function tableCell(cell: Of<"IMPACT_TABLE">["rows"][number]["cells"][number], role: Of<"IMPACT_TABLE">["columns"][number]["role"], footnoteKeys: string[], errorCode: string | null, locale: Locale): LText {
  if (role === "AVAILABILITY") return fixed(cell.availability === "UNAVAILABLE" ? messages[locale].notice.unavailable : messages[locale].notice.available, locale);
  if (role === "EFFECT") return text(cell.text, locale, (s) => plainText(s, footnoteKeys, errorCode)) ?? fixed("", locale);
  // published cells carry a frozen label; a draft's may not yet
  return text(cell.label, locale) ?? fixed(cell.refs.join(", "), locale);
}

export function tableProjection(table: Of<"IMPACT_TABLE">, locale: Locale, errorCode: string | null): TableProjection {
  const keys = table.footnotes.map((f) => f.key);
  return {
    columns: table.columns.map((c) => text(c.header, locale)!),
    rows: table.rows.map((row) => row.cells.map((cell, i) => tableCell(cell, table.columns[i]!.role, keys, errorCode, locale))),
  };
}

/** A block's fields. Presentation-only settings (item numbering, emphasis, grouped cells) are left out. */
export function projectBlock(block: BlockContent, locale: Locale, errorCode: string | null): BlockProjection {
  const l = messages[locale].diff;
  const base = { type: block.type, label: l.blocks[block.type], table: null };
  switch (block.type) {
    case "PROSE": {
      const keys = block.footnotes.map((f) => f.key);
      return { ...base, fields: [...field("body", l.body, text(block.body, locale, (s) => plainText(s, keys, errorCode))), ...footnoteFields(block.footnotes, locale)] };
    }
    case "WINDOWS":
      return { ...base, fields: field("label", l.windowLabel, text(block.label, locale)) };
    case "IMPACT_TABLE": {
      const projection = tableProjection(block, locale, errorCode);
      return {
        ...base,
        table: projection,
        fields: [
          ...field("caption", l.caption, text(block.caption, locale)),
          ...field("columns", l.columns, text(joined(block.columns.map((c) => c.header), " / "), locale)),
          ...footnoteFields(block.footnotes, locale),
        ],
      };
    }
    case "DELAYS":
      return {
        ...base,
        fields: block.items.flatMap((item, i) => [
          ...field("delay-title", l.item(i + 1, l.delayTitle), text(item.title, locale)),
          ...field("delay-affected", l.item(i + 1, l.delayAffected), text(item.affected, locale)),
          // the usual course and this time's change read as one paragraph pair under ②
          ...field("delay-details", l.item(i + 1, l.delayDetails), text(joined([item.usual, item.change], "\n"), locale, (s) => plainText(s, [], errorCode))),
        ]),
      };
    case "API_CHANGE":
      return {
        ...base,
        fields: block.changes.flatMap((c, i) => {
          const label = (what: string) => (block.changes.length > 1 ? l.item(i + 1, what) : what);
          const fieldLabel = text(c.fieldLabel, locale)!;
          return [
            ...field("api-endpoints", label(l.apiEndpoints), text(c.endpointsLabel, locale)),
            ...field("api-field", label(l.apiField), { ...fieldLabel, text: `${fieldLabel.text} (${c.fieldName})` }),
            ...field("api-change", label(l.apiChange), fixed([l.apiChanges[c.change], ...c.values].join(" "), locale)),
            ...field("api-reason", label(l.apiReason), text(c.reason, locale)),
            ...field("api-impact", label(l.apiImpact), text(c.impact, locale, (s) => plainText(s, [], errorCode))),
          ];
        }),
      };
    case "FUTURE_PLAN":
      return {
        ...base,
        fields: [
          ...field("future-period", l.futurePeriod, fixed(formatApproxPeriod(block.period, locale), locale)),
          ...field("future-description", l.futureDescription, text(block.description, locale)),
          ...field("future-note", l.futureNote, text(block.note, locale)),
        ],
      };
    case "SCREEN_PREVIEW":
      return {
        ...base,
        fields: [
          ...field("screen-variant", l.screenVariant, fixed(block.variant === "FULL_PAGE" ? messages[locale].notice.screenPreview : messages[locale].notice.screenInline, locale)),
          ...field("caption", l.caption, text(block.caption, locale)),
        ],
      };
    case "ERROR_CODE":
      return {
        ...base,
        fields: [
          ...field("caption", l.errorCodeCaption, text(block.caption, locale)),
          ...field("text", l.errorCodeText, text(block.text, locale, (s) => plainText(s, [], errorCode))),
        ],
      };
    case "IMAGE":
      return {
        ...base,
        fields: [
          ...field("image-src", l.imageSrc, fixed(block.src, locale)),
          ...field("image-alt", l.imageAlt, text(block.alt, locale)),
          ...field("caption", l.imageCaption, text(block.caption, locale)),
        ],
      };
    // these render the revision's merchant action and frozen contact, compared with the letter
    case "MERCHANT_ACTION":
    case "CONTACT":
      return { ...base, fields: [] };
  }
}

/** Title, addressee, sender, lead, 記/以上 and the merchant action. */
export function letterFields(side: RevisionSide, locale: Locale): Field[] {
  const { content } = side;
  const l = messages[locale].diff;
  const t = messages[locale].notice;
  const errorCode = content.screen?.errorCode ?? null;
  const issuer = side.issuer && content.signed ? text({ ja: side.issuer.nameJa, en: side.issuer.nameEn ?? undefined }, locale) : null;
  return [
    ...field("title", l.title, text(content.title, locale)),
    ...field("addressee", l.addressee, text(content.addressee, locale)),
    ...field("signer", l.signer, issuer),
    ...field("lead", l.lead, text(content.lead, locale, (s) => plainText(s, [], errorCode))),
    ...field("ki", l.ki, content.hasKi ? fixed(t.ki, locale) : null),
    ...field("ijo", l.ijo, content.hasIjo ? fixed(t.ijo, locale) : null),
    ...field("action-level", l.actionLevel, fixed(t.actionLevel[content.merchantAction.level], locale)),
    ...field("action-text", l.actionText, text(content.merchantAction.text, locale, (s) => plainText(s, [], errorCode))),
    ...field("action-condition", l.actionCondition, text(content.merchantAction.condition, locale, (s) => plainText(s, [], errorCode))),
  ];
}

export function screenFields(screen: ScreenContent | undefined, locale: Locale): Field[] {
  if (!screen) return [];
  const l = messages[locale].diff;
  const s = l.screen;
  const lines = { ja: screen.contactLines.ja.join("\n"), en: screen.contactLines.en.length ? screen.contactLines.en.join("\n") : undefined };
  return [
    ...field("screen-error-code", s.errorCode, fixed(screen.errorCode, locale)),
    ...field("screen-modal", s.modalBehavior, fixed(l.modalBehavior[screen.modalBehavior], locale)),
    ...field("screen-resend", s.resendRequired, fixed(screen.resendRequired ? l.resendRequired.yes : l.resendRequired.no, locale)),
    ...field("screen-heading", s.heading, text(screen.heading, locale)),
    ...field("screen-message", s.message, text(screen.message, locale)),
    ...field("screen-period-label", s.periodLabel, text(screen.periodLabel, locale)),
    ...field("screen-period-style", s.periodStyle, fixed(l.periodStyle[screen.periodStyle], locale)),
    ...field("screen-inline-message", s.inlineMessage, text(screen.inlineMessage, locale)),
    ...field("screen-contact-label", s.contactLabel, text(screen.contactLabel, locale)),
    ...field("screen-contact-lines", s.contactLines, text(lines, locale)),
    // a set: the order it is read back in means nothing
    ...field("screen-channels", s.channels, fixed([...screen.channelKeys].sort().join(", "), locale)),
  ];
}

const both = (ja: string | null, en: string | null) => (ja === null ? null : { ja, en: en ?? undefined });

export function contactFields(contact: ContactSnapshot | null, locale: Locale): Field[] {
  if (!contact) return [];
  const c = messages[locale].diff.contact;
  const plain = (value: string | null) => (value === null ? null : fixed(value, locale));
  return [
    ...field("contact-organization", c.organization, text(both(contact.organizationJa, contact.organizationEn), locale)),
    ...field("contact-department", c.department, text(both(contact.departmentJa, contact.departmentEn), locale)),
    ...field("contact-free-dial", c.freeDial, plain(contact.freeDial)),
    ...field("contact-phone", c.phone, plain(contact.phone)),
    ...field("contact-hours-label", c.hoursLabel, text(both(contact.hoursLabelJa, contact.hoursLabelEn), locale)),
    ...field("contact-hours", c.hours, plain(contact.hours)),
    ...field("contact-email", c.email, plain(contact.email)),
    // the Japanese block's colons and brackets (Decision 1: the two reference notices differ)
    ...field("contact-punctuation", c.punctuation, fixed(messages[locale].diff.punctuation[contact.punctuation ?? "HALF_WIDTH"], locale)),
  ];
}

export function issuerFields(issuer: IssuerSnapshot | null, locale: Locale): Field[] {
  if (!issuer) return [];
  const l = messages[locale].diff.issuer;
  return [
    ...field("issuer-name", l.name, text(both(issuer.nameJa, issuer.nameEn), locale)),
    ...field("issuer-service-name", l.serviceName, text(both(issuer.serviceNameJa, issuer.serviceNameEn), locale)),
    ...field("issuer-logo", l.logo, issuer.logoPath === null ? null : fixed(issuer.logoPath, locale)),
    ...field("issuer-copyright", l.copyright, text(both(issuer.copyrightJa, issuer.copyrightEn), locale)),
  ];
}
