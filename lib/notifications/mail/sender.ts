// Facts about the sender that every mail carries. 特定電子メール法 asks for the sender's
// postal address: admins keep it on the issuer (the brand page), read when the mail is
// written, in the reader's language (English falls back to the Japanese).
import type { Locale } from "@/lib/i18n/locale";

export function mailSenderAddress(issuer: { postalAddressJa: string | null; postalAddressEn: string | null } | null, locale: Locale): string | null {
  const ja = issuer?.postalAddressJa?.trim() || null;
  if (locale === "en") return issuer?.postalAddressEn?.trim() || ja;
  return ja;
}

/** RFC 2369 List-Unsubscribe and RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" to the URL. */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  if (!/^https?:\/\//.test(unsubscribeUrl)) throw new Error(`List-Unsubscribe needs an absolute URL, not ${unsubscribeUrl}`);
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
