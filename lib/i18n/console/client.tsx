"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { Localized, Translation } from "./translation";

// The console language for client components: the root admin layout provides it
// (decided on the server by lib/i18n/console/server.ts).
const ConsoleLocaleContext = createContext<Locale>("ja");

export function ConsoleLocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <ConsoleLocaleContext.Provider value={locale}>{children}</ConsoleLocaleContext.Provider>;
}

export const useConsoleLocale = (): Locale => useContext(ConsoleLocaleContext);

/** A messages object in the console language: `const userMessages = useMessages(userMessagesIn)`. */
export function useMessages<T>(table: Localized<T>): Translation<T> {
  return table[useConsoleLocale()];
}
