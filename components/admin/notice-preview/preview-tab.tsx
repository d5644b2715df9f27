import Link from "next/link";
import { FullPageScreen, InlineCardScreen } from "@/components/screens/maintenance-screen";
import "@/components/screens/maintenance-screen.css";
import type { PreviewTab } from "@/lib/notices/preview/preview-tab";
import { previewTabMessagesIn } from "./messages";
import { consoleLocale } from "@/lib/i18n/console/server";

const locales = (t: (typeof previewTabMessagesIn)["ja"]) =>
  [
    { locale: "ja", open: t.openJa, fullPage: t.fullPageJa },
    { locale: "en", open: t.openEn, fullPage: t.fullPageEn },
  ] as const;

const draftLink = (revisionId: string, locale: "ja" | "en") => `/api/admin/preview/draft?revision=${encodeURIComponent(revisionId)}&locale=${locale}`;

/** The preview tab of a notice: the public page in ja and en as it will look, the missing English, the screens. */
export async function PreviewTabView({ tab }: { tab: PreviewTab }) {
  const locale = await consoleLocale();
  const t = previewTabMessagesIn[locale];
  const { notice, revision, screens } = tab;
  if (!revision)
    return (
      <>
        <h2 className="admin-tab-heading">{t.title}</h2>
        <p>{t.noRevision}</p>
        {notice.state === "PUBLISHED" && <Link href={`/notices/${notice.slug}`}>{t.published}</Link>}
      </>
    );
  return (
    <>
      {/* the notice's title is the layout's h1 (components/admin/workflow/notice-header.tsx) */}
      <h2 className="admin-tab-heading">{t.title}</h2>
      <p>{t.revision(revision.number, t.statuses[revision.status] ?? revision.status)}</p>
      <section aria-labelledby="preview-pages" className="admin-preview-section">
        <h3 id="preview-pages">{t.pages}</h3>
        <p>{t.pagesNote}</p>
        <p className="admin-preview-links">
          {/* route handlers (they turn draft mode on and redirect), not pages */}
          {locales(t).map(({ locale, open }) => (
            <a key={locale} href={draftLink(revision.id, locale)} target="_blank" rel="noopener" hrefLang={locale}>
              {open}
            </a>
          ))}
        </p>
      </section>
      <section aria-labelledby="preview-missing" className="admin-preview-section">
        <h3 id="preview-missing">{t.missing}</h3>
        {tab.missingEnglish.length ? (
          <>
            <p>{t.missingNote}</p>
            <ul className="admin-preview-missing">
              {tab.missingEnglish.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.missingNone}</p>
        )}
      </section>
      <section aria-labelledby="preview-screens" className="admin-preview-section">
        <h3 id="preview-screens">{t.screens}</h3>
        {screens ? (
          <div className="admin-preview-screens">
            {locales(t).map(({ locale, fullPage }) => (
              <figure key={locale}>
                <figcaption>{fullPage}</figcaption>
                <div className="screen-preview__frame" role="img" aria-label={fullPage}>
                  <FullPageScreen screen={screens[locale]} issuer={screens.issuer} locale={locale} headingLevel="p" />
                </div>
              </figure>
            ))}
            <figure>
              <figcaption>{t.inline}</figcaption>
              <div className="screen-preview__frame" role="img" aria-label={t.inline}>
                <InlineCardScreen screen={screens.ja} />
              </div>
            </figure>
          </div>
        ) : (
          <p>{t.screensNone}</p>
        )}
      </section>
    </>
  );
}
