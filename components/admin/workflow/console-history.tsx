import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import type { AmendmentType } from "@/lib/generated/prisma/enums";
import type { ConsoleHistory, HistoryEvent } from "@/lib/notices/workflow-view/history";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

async function Events({ events }: { events: HistoryEvent[] }) {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale];
  if (events.length === 0) return <p className="admin-empty">{t.history.empty}</p>;
  return (
    <ol className="admin-events">
      {events.map((e) => (
        <li key={e.id}>
          <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time> <strong>{t.history.actions[e.action] ?? e.action}</strong>{" "}
          <span>{e.actor ?? t.history.unknownActor}</span>
          {e.breakGlass && <span className="admin-badge admin-badge--alert">{t.history.breakGlass}</span>}
          {e.note && (
            <blockquote className="admin-event-note">
              <p>{e.note}</p>
            </blockquote>
          )}
        </li>
      ))}
    </ol>
  );
}

/** Every revision of a notice, newest first, with what happened to it, by whom and when (the audit log). */
export async function ConsoleHistoryView({ history, slug, published }: { history: ConsoleHistory; slug: string; published: boolean }) {
  const t = workflowMessagesIn[await consoleLocale()];
  return (
    <section aria-labelledby="history-heading" className="admin-history">
      <h2 id="history-heading">{t.history.heading}</h2>
      <p>{t.history.lead}</p>
      <ol className="admin-history-revisions">
        {history.revisions.map((r) => (
          <li key={r.id}>
            <article aria-labelledby={`revision-${r.id}`}>
              <h3 id={`revision-${r.id}`}>
                {t.history.revision(r.number)} <span className={`admin-status admin-status--${r.status.toLowerCase()}`}>{t.revisionStatuses[r.status]}</span>
                {r.amendmentType && <span className="admin-badge admin-badge--amendment">{t.amendmentTypes[r.amendmentType as AmendmentType]}</span>}
              </h3>
              <p className="admin-meta">
                {/* the revision's Japanese title: content, also in the English console */}
                <span lang="ja">{r.titleJa}</span>
                {r.number !== null && published && (
                  <>
                    {" "}
                    <Link href={`/notices/${slug}/revisions/${r.number}`}>{t.history.viewPublic(r.number)}</Link>
                  </>
                )}
              </p>
              <Events events={r.events} />
            </article>
          </li>
        ))}
      </ol>
      {history.noticeEvents.length > 0 && (
        <>
          <h3>{t.history.noticeEvents}</h3>
          <Events events={history.noticeEvents} />
        </>
      )}
    </section>
  );
}
