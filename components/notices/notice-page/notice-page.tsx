import Link from "next/link";
import { notFound } from "next/navigation";
import { now } from "@/lib/clock";
import { formatDate } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { buildNoticeView } from "@/lib/notices/page/view";
import type { DraftPreview } from "@/lib/notices/preview/draft-preview";
import { loadNoticeCached } from "@/lib/notices/published/load-notice-cached";
import { SiteShell } from "@/components/site/site-shell";
import "./notice.css";
import "@/components/screens/maintenance-screen.css";
import { NoticeDocument } from "./notice-document";
import { NoticeFacts } from "./notice-facts";
import { PreviewBar } from "./preview-bar";
import { PrintButton } from "./print-button";
import { ShopTextPanel } from "./shop-text-panel";
import { messages } from "@/lib/i18n/messages";

/**
 * A published notice (its current revision, or an earlier one by number); or, for a
 * signed-in staff user in draft mode, `preview`: an unpublished revision
 * (lib/notices/preview), marked as such on the page.
 */
export async function NoticePage({ slug, locale, number, preview }: { slug: string; locale: Locale; number?: number; preview?: DraftPreview | null }) {
  const input = preview?.input ?? (await loadNoticeCached(slug, number));
  if (!input) notFound();
  const view = buildNoticeView(input, locale, now());
  const t = messages[locale].notice;
  const base = `/notices/${slug}`;
  const anyFallback = JSON.stringify(view).includes('"fallback":true');
  return (
    <SiteShell locale={locale} alternatePath={number ? `${base}/revisions/${number}` : preview ? `${base}?revision=${encodeURIComponent(preview.revisionId)}` : base}>
      {preview && <PreviewBar locale={locale} />}
      <nav className="notice-toolbar no-print" aria-label={t.toolbar}>
        <PrintButton label={t.print} />
        <a className="button button--small" href={`${base}/calendar.ics`}>
          {t.calendar}
        </a>
        <Link className="button button--small" href={localePath(locale, `${base}/history`)}>
          {t.history}
        </Link>
        <a className="button button--small" href={`/api/v1/notices/${slug}`}>
          {t.json}
        </a>
      </nav>
      {!view.isCurrent && (
        <p className="older-revision no-print" role="note">
          {t.olderRevision(view.number, view.publishedAt && formatDate(view.publishedAt, locale))}{" "}
          <Link href={localePath(locale, base)}>{t.currentLink}</Link>
        </p>
      )}
      {locale === "en" && anyFallback && (
        <p className="untranslated-note" role="note">
          {t.englishMissingNote}
        </p>
      )}
      <NoticeFacts view={view} />
      <NoticeDocument view={view} />
      <ShopTextPanel view={view} />
    </SiteShell>
  );
}
