// Facts about the sender that every mail carries and that no record holds yet.
// 特定電子メール法 asks for the sender's postal address; the issuer and contact records
// have none (prisma/schema.prisma), so it is configuration until the brand page gets a field:
// MAIL_SENDER_ADDRESS (Japanese) and MAIL_SENDER_ADDRESS_EN (English; the Japanese if unset).
import type { Locale } from "@/lib/i18n/locale";

export function mailSenderAddress(locale: Locale): string | null {
  const ja = process.env.MAIL_SENDER_ADDRESS?.trim() || null;
  if (locale === "en") return process.env.MAIL_SENDER_ADDRESS_EN?.trim() || ja;
  return ja;
}

/** RFC 2369 List-Unsubscribe and RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" to the URL. */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  if (!/^https?:\/\//.test(unsubscribeUrl)) throw new Error(`List-Unsubscribe needs an absolute URL, not ${unsubscribeUrl}`);
  return { "List-Unsubscribe": `<${unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
