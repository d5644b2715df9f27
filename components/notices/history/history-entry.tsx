import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locale";
import type { HistoryEntry } from "@/lib/notices/history/history";
import { T } from "@/components/notices/notice-page/l-text";
import { RevisionDiffView } from "./revision-diff";
import { messages } from "@/lib/i18n/messages";
import { Phrases } from "@/components/site/phrases";

/** One published revision: number, date, amendment type, summary, a link to it and what it changed. */
export function HistoryEntryView({ entry, slug, locale, current }: { entry: HistoryEntry; slug: string; locale: Locale; current: boolean }) {
  const t = messages[locale].history;
  const id = `revision-${entry.number}`;
  return (
    <li className="history-entry" id={id}>
      <article aria-labelledby={`${id}-heading`}>
        <header className="history-entry__header">
          <h2 id={`${id}-heading`} className="history-entry__heading">
            <Phrases text={t.revision(entry.number)} />
            {entry.report && <span className="history-entry__report">{entry.report}</span>}
            <span className={`badge history-entry__type${entry.amendmentType ? ` history-entry__type--${entry.amendmentType.toLowerCase()}` : " history-entry__type--first"}`}>
              {entry.amendmentLabel ?? t.firstPublication}
            </span>
            {current && <span className="badge history-entry__current">{t.current}</span>}
          </h2>
          <p className="history-entry__meta">
            {/* a backfill whose letter states no date shows none */}
            {entry.publishedAt && (
              <>
                {t.published} <time dateTime={entry.publishedAt.toISOString()}>{entry.dateText}</time>
              </>
            )}
            <Link className="button button--small" href={localePath(locale, `/notices/${slug}/revisions/${entry.number}`)}>
              {t.view(entry.number)}
            </Link>
          </p>
        </header>
        {entry.summary && (
          <p className="history-entry__summary">
            <span className="visually-hidden">{t.summary}: </span>
            <T value={entry.summary} />
          </p>
        )}
        {entry.silent && <p className="history-entry__silent">{t.silent}</p>}
        {entry.diff && (
          <div className="history-entry__diff" role="group" aria-label={t.changes(entry.number)}>
            <RevisionDiffView diff={entry.diff} locale={locale} idPrefix={id} />
          </div>
        )}
      </article>
    </li>
  );
}
