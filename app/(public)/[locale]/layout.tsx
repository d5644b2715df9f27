import type { Metadata } from "next";
import type { ReactNode } from "react";
import { brandServiceName, siteBrand } from "@/lib/brand/site-brand";
import { feedAlternates } from "@/lib/feeds/alternates";
import { locales } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { routeLocale } from "@/lib/i18n/route-locale";
import "@/app/globals.css";

// One tree serves both languages: /… is Japanese (rewritten to /ja/… in
// next.config.ts), /en/… English.
export const generateStaticParams = () => locales.map((locale) => ({ locale }));

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await routeLocale(params);
  const service = brandServiceName(await siteBrand(), locale);
  return {
    icons: { icon: "/brand/icon.svg" },
    title: { default: `${messages[locale].site.siteName} | ${service}`, template: `%s | ${service}` },
    // a page that sets its own `alternates` (notice, history) repeats these: Next replaces the whole object
    alternates: { types: feedAlternates(locale) },
  };
}

export default async function PublicLayout({ children, params }: Props & { children: ReactNode }) {
  const locale = await routeLocale(params);
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
