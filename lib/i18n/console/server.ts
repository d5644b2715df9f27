import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentSessionState } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/locale";
import { localeFromAcceptLanguage } from "./accept-language";

/**
 * The console language of this request: the signed-in user's choice (stored on the
 * user, so it follows them across devices); before sign-in, Accept-Language.
 * Read once per request (the layout, the page and their components share it).
 */
export const consoleLocale = cache(async (): Promise<Locale> => {
  const state = await currentSessionState();
  if (state) return state.user.locale;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});
