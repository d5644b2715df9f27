import Link from "next/link";
import { locale as rootLocale } from "next/root-params";
import { Phrases } from "@/components/site/phrases";
import { SiteShell } from "@/components/site/site-shell";
import { isLocale, localePath } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

export default async function NotFound() {
  // not-found receives no params; the root param is the one way to its language
  const value = await rootLocale();
  const locale = value && isLocale(value) ? value : "ja";
  const t = messages[locale].notFound;
  return (
    <SiteShell locale={locale} alternatePath="/">
      <h1 className="page-title">
        <Phrases text={t.title} />
      </h1>
      <p>{t.text}</p>
      <p>
        <Link href={localePath(locale, "/")}>{t.back}</Link>
      </p>
    </SiteShell>
  );
}
