import Link from "next/link";
import type { ReactNode } from "react";
import { localePath, ui, type Locale } from "@/lib/i18n";

/** Header, language switch and footer of the public site. */
export function SiteShell({ locale, alternatePath, children }: { locale: Locale; alternatePath: string; children: ReactNode }) {
  const t = ui[locale];
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
            <span className="site-header__tagline">{t.siteTagline}</span>
          </Link>
          <nav aria-label={locale === "ja" ? "言語" : "Language"}>
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
        <div className="container">{t.footer}</div>
      </footer>
    </>
  );
}
