import type { Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";

/** On a draft-mode preview only: this page is not what visitors see. */
export function PreviewBar({ locale }: { locale: Locale }) {
  const t = messages[locale].notice;
  return (
    <div className="preview-bar no-print" role="note" data-testid="preview-bar">
      <strong lang="ja">{t.previewBar}</strong> <span>{t.previewBarDetail}</span>{" "}
      {/* a route handler, not a page: a plain link (it ends draft mode and redirects) */}
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see above */}
      <a href="/api/admin/preview/exit">{t.previewExit}</a>
    </div>
  );
}
