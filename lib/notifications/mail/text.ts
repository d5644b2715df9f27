// The plain-text part of a mail, from the same view model as its HTML (view.ts). Lines
// are not wrapped: a URL must stay whole, and mail clients wrap flowed text themselves.
import type { Locale } from "@/lib/i18n/locale";
import type { MailFooter, MailView } from "./view";

const heading = (locale: Locale, text: string) => (locale === "ja" ? `■ ${text}` : `== ${text} ==`);
const bullet = (locale: Locale) => (locale === "ja" ? "・" : "- ");
const RULE = "―".repeat(30);

/** The footer as text: who sends the mail, why the reader gets it, how to stop. */
export function footerText(footer: MailFooter): string[] {
  const c = footer.colon;
  return [
    RULE,
    footer.heading,
    footer.why,
    "",
    `${footer.senderLabel}${c}${footer.sender}`,
    ...(footer.postalAddress ? [`${footer.postalAddressLabel}${c}${footer.postalAddress}`] : []),
    ...(footer.contact.length ? [`${footer.contactLabel}${c}`, ...footer.contact.map((l) => `  ${l}`)] : []),
    "",
    ...footer.stop.map((s) => (s.url ? `${s.text}${c}${s.url}` : s.text)),
    footer.noReply,
  ];
}

export function noticeMailText(view: MailView): string {
  const { locale } = view;
  const c = view.colon;
  const b = bullet(locale);
  const lines: string[] = [view.greeting, ""];
  if (view.lead) lines.push(view.lead, "");
  if (view.amendment) {
    lines.push(heading(locale, view.amendment.heading));
    if (view.amendment.summary) lines.push(`${view.amendment.summaryLabel}${c}${view.amendment.summary.text}`);
    if (view.amendment.banner) lines.push(view.amendment.banner);
    lines.push("");
  }
  lines.push(heading(locale, `${view.title.text}${view.titleSuffix ? ` ${view.titleSuffix}` : ""}`), `${view.kind.label}${c}${view.kind.text}`, "");
  lines.push(heading(locale, view.windows.label), ...view.windows.items.map((w) => `${b}${w.text}`), "");
  lines.push(heading(locale, view.stops.label), ...(view.stops.none ? [view.stops.none] : view.stops.groups.map((g) => `${g.label}${c}${g.names}`)), "");
  if (view.staysAvailable.groups.length) lines.push(heading(locale, view.staysAvailable.label), ...view.staysAvailable.groups.map((g) => `${g.label}${c}${g.names}`), "");
  lines.push(heading(locale, view.action.label), view.action.levelText);
  if (view.action.condition) lines.push(view.action.condition.text);
  if (view.action.text) lines.push(view.action.text.text);
  lines.push("", heading(locale, view.links.label), ...view.links.items.map((l) => `${l.text}${c}${l.url}`), "");
  lines.push(...footerText(view.footer));
  return `${lines.join("\n")}\n`;
}
