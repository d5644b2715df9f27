import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locale";

/**
 * The locale of a public route (`app/(public)/[locale]`): "ja" for the unprefixed
 * addresses (next.config.ts rewrites them), "en" under /en. Anything else is a 404.
 */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
