// The contact block as each notice printed it. The two reference notices write the same
// record with different marks, 「電話:03-6671-8080(営業時間:9:00-18:00)」「E-mail: …」 and
// 「電話：03-6671-8080（受付時間：9：00-18：00）」「E-mail：…」, and a published notice keeps
// its own (Decisions 1 and 2): the style is part of the frozen contact snapshot.
import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import type { ContactPunctuation, ContactSnapshot } from "@/lib/notices/content/snapshots";

/** Text, or a link (tel:, mailto:) whose text is the number or address. */
export type ContactPart = { text: string; href?: string };

interface Marks {
  /** after a label: 「電話:」, 「E-mail: 」 (a Latin label takes a space in half-width text) */
  colon: (label: string) => string;
  open: string;
  close: string;
  /** a time range as the style writes it: 「9：00-18：00」 in full width */
  hours: (hours: string) => string;
}

const latin = (label: string) => /^[\x20-\x7e]+$/.test(label);

function marks(style: ContactPunctuation, locale: Locale): Marks {
  if (locale === "en") return { colon: () => ": ", open: " (", close: ")", hours: (h) => h };
  if (style === "FULL_WIDTH") return { colon: () => "：", open: "（", close: "）", hours: (h) => h.replace(/:/g, "：") };
  return { colon: (label) => (latin(label) ? ": " : ":"), open: "(", close: ")", hours: (h) => h };
}

const tel = (number: string): ContactPart => ({ text: number, href: `tel:${number.replace(/-/g, "")}` });

/** The lines of the block (organisation; phones and hours; e-mail), empty ones left out. */
export function contactLines(c: ContactSnapshot, locale: Locale): ContactPart[][] {
  const t = messages[locale].notice;
  const ja = locale === "ja";
  // snapshots frozen before the style was recorded were shown half-width
  const m = marks(c.punctuation ?? "HALF_WIDTH", locale);
  const org = ja ? c.organizationJa : (c.organizationEn ?? c.organizationJa);
  const dept = ja ? c.departmentJa : (c.departmentEn ?? c.departmentJa);
  const hoursLabel = ja ? c.hoursLabelJa : (c.hoursLabelEn ?? c.hoursLabelJa);
  const phones: ContactPart[] = [];
  if (c.freeDial) phones.push({ text: `${t.tollFree}${m.colon(t.tollFree)}` }, tel(c.freeDial));
  if (c.phone) phones.push({ text: `${phones.length ? " " : ""}${t.phone}${m.colon(t.phone)}` }, tel(c.phone));
  // English opens the bracket with a space, unless the line starts with it
  if (c.hours) phones.push({ text: `${phones.length ? m.open : m.open.trimStart()}${hoursLabel ? `${hoursLabel}${m.colon(hoursLabel)}` : ""}${m.hours(c.hours)}${m.close}` });
  const email = "E-mail";
  return [
    [{ text: `${org} ${dept}` }],
    phones,
    c.email ? [{ text: `${email}${m.colon(email)}` }, { text: c.email, href: `mailto:${c.email}` }] : [],
  ].filter((line) => line.length > 0);
}

/** A line as plain text (tests, the shop-owner text). */
export const lineText = (line: ContactPart[]) => line.map((p) => p.text).join("");
