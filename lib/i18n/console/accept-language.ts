import Negotiator from "negotiator";
import { locales, type Locale } from "@/lib/i18n/locale";

/**
 * The console language before sign-in (the sign-in page): the browser's
 * Accept-Language decides between ja and en; Japanese when it names neither.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  const preferred = new Negotiator({ headers: { "accept-language": header ?? "" } }).language([...locales]);
  return preferred === "en" ? "en" : "ja";
}
