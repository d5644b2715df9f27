import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { currentRevision, type NoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

/** Where the working revision stands: a first draft, an amendment of the published revision, or the published one itself. */
function context(notice: NoticeWorkflow, t: (typeof workflowMessagesIn)["ja"]): string {
  if (notice.state === "WITHDRAWN") return t.header.withdrawnContext;
  if (notice.working && notice.published) return t.header.amendmentContext(notice.published.number!);
  if (notice.working) return t.header.firstDraftContext;
  return t.header.publishedContext(notice.published!.number!);
}

/** The notice's facts above its tabs: title, slug, kind, state, the revision worked on and its status. */
export async function NoticeHeader({ notice }: { notice: NoticeWorkflow }) {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale];
  const revision = currentRevision(notice);
  const status = revision?.status === "APPROVED" && revision.publishAt ? t.scheduledStatus : revision ? t.revisionStatuses[revision.status] : null;
  return (
    <header className="admin-notice-header">
      <h1>{revision?.titleJa ?? notice.slug}</h1>
      <p className="admin-notice-context">{context(notice, t)}</p>
      <dl className="admin-facts">
        <div>
          <dt>{t.header.slug}</dt>
          <dd>
            <code>{notice.slug}</code>
          </dd>
        </div>
        <div>
          <dt>{t.header.kind}</dt>
          <dd>{t.kinds[notice.kind]}</dd>
        </div>
        <div>
          <dt>{t.header.state}</dt>
          <dd>{t.noticeStates[notice.state]}</dd>
        </div>
        {revision && (
          <div>
            <dt>{t.header.revision}</dt>
            <dd>
              {revision.number ? t.header.revisionNumber(revision.number) : t.header.unnumbered}{" "}
              <span className={`admin-status admin-status--${revision.status.toLowerCase()}`}>{status}</span>
              {revision.status === "APPROVED" && revision.publishAt && (
                <>
                  {" "}
                  {t.header.scheduledFor(formatDateTime(revision.publishAt, locale))}
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
      {revision?.status === "REJECTED" && revision.rejectionComment && (
        <div className="admin-rejection" role="note" aria-label={t.header.rejectionComment}>
          <p>
            <strong>{t.header.rejectionComment}</strong>
            {revision.rejectedBy && <span className="admin-meta"> {t.header.rejectedBy(revision.rejectedBy.name)}</span>}
          </p>
          <p>{revision.rejectionComment}</p>
        </div>
      )}
      {notice.state === "PUBLISHED" && (
        <p>
          <Link href={`/notices/${notice.slug}`}>{t.header.publicPage}</Link>
        </p>
      )}
      {notice.state === "WITHDRAWN" && (
        <p>
          {t.header.withdrawnNext} <Link href="/admin/notices/new">{t.header.newNotice}</Link>{" "}
          <Link href={`/notices/${notice.slug}`}>{t.header.publicPage}</Link>
        </p>
      )}
    </header>
  );
}
