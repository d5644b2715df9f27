import type { Locale } from "@/lib/i18n/locale";
import { en } from "./en";
import { ja, type Messages } from "./ja";

export type { Messages };

/** The interface strings of a locale: `messages[locale].notice.print`. */
export const messages: Record<Locale, Messages> = { ja, en };
