import Link from "next/link";
import { Fragment } from "react";
import { formatDate, formatWindow } from "@/lib/format";
import { amendmentBadge, endState, endStateText, noticeStatus, titleSuffix, type NoticeStatus } from "@/lib/notices/derive";
import type { Excerpt } from "@/lib/notices/listing/excerpt";
import type { NoticeSummary } from "@/lib/notices/listing/listing";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { Phrases } from "@/components/site/phrases";

// Most urgent first: what is down now, then what is coming, then history. Within a
// group the page keeps the database's order, newest first.
const statusOrder: NoticeStatus[] = ["in-progress", "upcoming", "past"];

const statusLabel = (status: NoticeStatus, locale: Locale) =>
  status === "in-progress" ? messages[locale].site.inProgress : status === "upcoming" ? messages[locale].site.upcoming : messages[locale].site.past;

/** Where a keyword search matched: the excerpt with its hits in <mark>. */
function ExcerptLine({ excerpt, locale }: { excerpt: Excerpt; locale: Locale }) {
  return (
    <p className="notice-item__excerpt">
      <span className="visually-hidden">{messages[locale].index.excerpt}: </span>
      <span lang={excerpt.lang && excerpt.lang !== locale ? excerpt.lang : undefined}>
        {excerpt.cutBefore && "…"}
        {excerpt.parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>))}
        {excerpt.cutAfter && "…"}
      </span>
    </p>
  );
}

function NoticeItem({
  notice,
  status,
  at,
  locale,
  excerpt,
}: {
  notice: NoticeSummary;
  status: NoticeStatus;
  at: Date;
  locale: Locale;
  excerpt?: Excerpt;
}) {
  const t = messages[locale].site;
  const title = locale === "en" && notice.title.en ? notice.title.en : notice.title.ja;
  const suffix = titleSuffix(notice.amendment, locale);
  const ended = endState(notice.windows, notice.windowAmendmentType, at);
  // the names the notice was published with (Decision 2), not today's catalog
  const names = notice.serviceNames.map((s) => (locale === "en" && s.en ? s.en : s.ja));
  return (
    <li className={`notice-item notice-item--${status}`}>
      <div className="notice-item__meta">
        <span className={`badge badge--kind badge--${notice.kind.toLowerCase()}`}>{messages[locale].kinds[notice.kind]}</span>
        {status === "in-progress" && <span className="badge badge--live">{t.inProgress}</span>}
        {notice.amendment && <span className="badge badge--updated">{amendmentBadge(notice.amendment.type, locale)}</span>}
        {/* a backfill whose letter states no date shows none: nothing invented */}
        {notice.firstPublishedAt && (
          <span className="notice-item__published">
            {t.published}: <time dateTime={notice.firstPublishedAt.toISOString()}>{formatDate(notice.firstPublishedAt, locale)}</time>
          </span>
        )}
      </div>
      <h3 className="notice-item__title">
        <Link href={localePath(locale, `/notices/${notice.slug}`)}>
          <Phrases text={title} />
        </Link>
        {suffix && <span className="notice-item__suffix"> {suffix}</span>}
      </h3>
      {excerpt && <ExcerptLine excerpt={excerpt} locale={locale} />}
      <dl className="notice-item__facts">
        {notice.windows.length > 0 && (
          <div>
            <dt>{t.window}</dt>
            <dd>
              {notice.windows.map((w) => (
                <span key={w.key} className={w.status === "CANCELLED" ? "window window--cancelled" : "window"}>
                  {formatWindow(w.startsAt, w.endsAt, locale)}
                </span>
              ))}
            </dd>
          </div>
        )}
        {ended && (
          <div>
            <dt>{t.status}</dt>
            <dd className={`ended ended--${ended.kind}`}>{endStateText(ended, locale)}</dd>
          </div>
        )}
        {names.length > 0 && (
          <div>
            <dt>{t.services}</dt>
            <dd>{names.join(locale === "ja" ? "、" : ", ")}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/**
 * Notices grouped by their status at `at` (in progress, upcoming, past). An empty
 * group is left out, except "upcoming" when `noUpcoming` says what to write there:
 * a merchant looking for what is coming reads that nothing is, rather than a gap.
 */
export function NoticeList({
  notices,
  at,
  locale,
  noUpcoming = null,
  excerpts,
}: {
  notices: NoticeSummary[];
  at: Date;
  locale: Locale;
  noUpcoming?: string | null;
  /** by slug, for a keyword search */
  excerpts?: Map<string, Excerpt>;
}) {
  const withStatus = notices.map((notice) => ({ notice, status: noticeStatus(notice.windows, at) }));
  return (
    <>
      {statusOrder.map((status) => {
        const group = withStatus.filter((n) => n.status === status);
        if (!group.length && !(status === "upcoming" && noUpcoming)) return null;
        return (
          <section key={status} aria-labelledby={`status-${status}`} className="notice-group">
            <h2 id={`status-${status}`} className="notice-group__heading">
              <Phrases text={statusLabel(status, locale)} />
            </h2>
            {group.length > 0 ? (
              <ul className="notice-list">
                {group.map(({ notice }) => (
                  <NoticeItem key={notice.slug} notice={notice} status={status} at={at} locale={locale} excerpt={excerpts?.get(notice.slug)} />
                ))}
              </ul>
            ) : (
              <p className="notice-group__empty">{noUpcoming}</p>
            )}
          </section>
        );
      })}
    </>
  );
}
