import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "@/app/globals.css";
import "./admin.css";
import { ConsoleLocaleProvider } from "@/lib/i18n/console/client";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";

// The staff console's own root layout. Every console page is rendered per request:
// its scripts carry this request's CSP nonce (proxy.ts) and it shows one person's data,
// in the language they chose (before sign-in: the browser's Accept-Language).
export async function generateMetadata(): Promise<Metadata> {
  const t = shellMessagesIn[await consoleLocale()];
  return { title: { default: t.titleDefault, template: t.titleTemplate }, robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  const locale = await consoleLocale();
  return (
    <html lang={locale}>
      <body className="admin">
        <ConsoleLocaleProvider locale={locale}>{children}</ConsoleLocaleProvider>
      </body>
    </html>
  );
}
