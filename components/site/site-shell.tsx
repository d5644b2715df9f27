import Link from "next/link";
import type { ReactNode } from "react";
import { brandServiceName, siteBrand } from "@/lib/brand/site-brand";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";

/** Header, language switch and footer of the public site. */
export async function SiteShell({ locale, alternatePath, children }: { locale: Locale; alternatePath: string; children: ReactNode }) {
  const t = messages[locale].site;
  const brand = await siteBrand();
  const other: Locale = locale === "ja" ? "en" : "ja";
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skip}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href={localePath(locale, "/")} className="site-header__brand">
            <span className="site-header__name">{t.siteName}</span>
            <span className="site-header__tagline">{t.siteTagline(brandServiceName(brand, locale))}</span>
          </Link>
          <nav aria-label={t.languageNav}>
            <Link href={localePath(other, alternatePath)} hrefLang={other} lang={other} className="site-header__lang">
              {t.otherLanguage}
            </Link>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t.footer}</p>
          <p>
            <Link href={localePath(locale, "/subscribe")}>{subscriptionMessages[locale].link}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
