import Link from "next/link";
import { notFound } from "next/navigation";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { buildHistoryView } from "@/lib/notices/history/history";
import { loadHistoryCached } from "@/lib/notices/history/load-history";
import { Phrases } from "@/components/site/phrases";
import { SiteShell } from "@/components/site/site-shell";
import { T } from "@/components/notices/notice-page/l-text";
import "@/components/notices/notice-page/notice.css";
import "./history.css";
import { HistoryEntryView } from "./history-entry";
import { messages } from "@/lib/i18n/messages";

/** Every published revision of a notice, newest first, with what each changed. */
export async function HistoryPage({ slug, locale }: { slug: string; locale: Locale }) {
  const input = await loadHistoryCached(slug);
  if (!input) notFound();
  const view = buildHistoryView(input, locale);
  const t = messages[locale].history;
  const path = `/notices/${slug}/history`;
  return (
    <SiteShell locale={locale} alternatePath={path}>
      <nav aria-label={t.breadcrumb} className="history-crumbs">
        <ol>
          <li>
            <Link href={localePath(locale, "/")}>{messages[locale].site.noticesHeading}</Link>
          </li>
          <li>
            <Link href={localePath(locale, `/notices/${slug}`)}>
              <T value={view.title} phrases />
            </Link>
          </li>
        </ol>
      </nav>
      <h1 className="page-title">
        <Phrases text={t.heading} />
      </h1>
      <p className="history-lead">{t.lead}</p>
      <ol className="history" aria-label={t.entries}>
        {view.entries.map((entry) => (
          <HistoryEntryView key={entry.number} entry={entry} slug={slug} locale={locale} current={entry.number === view.currentNumber} />
        ))}
      </ol>
    </SiteShell>
  );
}
