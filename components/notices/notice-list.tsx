import Link from "next/link";
import { formatWindowEn, formatWindowJa, formatDateEn, formatDateJa } from "@/lib/format";
import { kindLabels, titleSuffix, type NoticeStatus } from "@/lib/notices/derive";
import type { NoticeSummary } from "@/lib/notices/summaries";
import { localePath, ui, type Locale } from "@/lib/i18n";

const statusOrder: NoticeStatus[] = ["in-progress", "upcoming", "past"];

function StatusHeading({ status, locale }: { status: NoticeStatus; locale: Locale }) {
  const t = ui[locale];
  return <>{status === "in-progress" ? t.inProgress : status === "upcoming" ? t.upcoming : t.past}</>;
}

function NoticeItem({ notice, locale }: { notice: NoticeSummary; locale: Locale }) {
  const t = ui[locale];
  const title = locale === "en" && notice.title.en ? notice.title.en : notice.title.ja;
  const suffix = titleSuffix(notice.amendment, locale);
  const formatWindow = locale === "ja" ? formatWindowJa : formatWindowEn;
  return (
    <li className="notice-item">
      <div className="notice-item__meta">
        <span className={`badge badge--kind badge--${notice.kind.toLowerCase()}`}>{kindLabels[notice.kind][locale]}</span>
        {notice.amendment && <span className="badge badge--updated">{t.updated}</span>}
        <span className="notice-item__published">
          {t.published}: <time dateTime={notice.firstPublishedAt.toISOString()}>{(locale === "ja" ? formatDateJa : formatDateEn)(notice.firstPublishedAt)}</time>
        </span>
      </div>
      <h3 className="notice-item__title">
        <Link href={localePath(locale, `/notices/${notice.slug}`)}>{title}</Link>
        {suffix && <span className="notice-item__suffix"> {suffix}</span>}
      </h3>
      <dl className="notice-item__facts">
        <div>
          <dt>{t.window}</dt>
          <dd>
            {notice.windows.map((w) => (
              <span key={w.key} className={w.status === "CANCELLED" ? "window window--cancelled" : "window"}>
                {formatWindow(w.startsAt, w.endsAt)}
              </span>
            ))}
          </dd>
        </div>
        {notice.services.length > 0 && (
          <div>
            <dt>{t.services}</dt>
            <dd>{notice.services.map((s) => (locale === "en" && s.nameEn ? s.nameEn : s.nameJa)).join(locale === "ja" ? "、" : ", ")}</dd>
          </div>
        )}
      </dl>
    </li>
  );
}

/** Notices grouped by status (in progress, upcoming, past), newest first. */
export function NoticeList({ notices, locale }: { notices: NoticeSummary[]; locale: Locale }) {
  if (!notices.length) return <p>{ui[locale].noNotices}</p>;
  return (
    <>
      {statusOrder.map((status) => {
        const group = notices.filter((n) => n.status === status);
        if (!group.length) return null;
        return (
          <section key={status} aria-labelledby={`status-${status}`} className="notice-group">
            <h2 id={`status-${status}`} className="notice-group__heading">
              <StatusHeading status={status} locale={locale} />
            </h2>
            <ul className="notice-list">
              {group.map((n) => (
                <NoticeItem key={n.slug} notice={n} locale={locale} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
