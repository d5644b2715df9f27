import { RevisionDiffView } from "@/components/notices/history/revision-diff";
import "@/components/notices/history/history.css";
import { formatWindow } from "@/lib/format";
import { numberSections } from "@/lib/notices/derive";
import type { RevisionDiff } from "@/lib/notices/history/diff/revision";
import type { NoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import type { WorkflowServerAction } from "./action-form";
import { AmendmentForm } from "./workflow-forms";
import { consoleLocale } from "@/lib/i18n/console/server";

/**
 * An amendment draft's own facts (Decision 4): its type and ja/en summary, and what it
 * changes against the published revision (the public history's word/row diff), to be
 * read before it is submitted.
 */
export async function AmendmentPanel({
  notice,
  diff,
  editable,
  action,
}: {
  notice: NoticeWorkflow;
  diff: RevisionDiff | null;
  editable: boolean;
  action: WorkflowServerAction;
}) {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale];
  const working = notice.working!;
  const published = notice.published;
  const stale = published && working.basedOnId !== published.id;
  return (
    <section className="admin-amendment" aria-labelledby="amendment-heading">
      <h2 id="amendment-heading">{t.amendment.heading}</h2>
      {stale && <p className="admin-form-error">{t.amendment.staleBase(published.number!)}</p>}
      {editable ? (
        <AmendmentForm
          action={action}
          revisionId={working.id}
          version={working.version}
          current={working.amendment}
          sections={numberSections(working.sections, "ja").map((s) => ({ key: s.key, label: `${s.label} ${s.headingJa ?? ""}`.trim() }))}
          windows={working.windows.map((w) => ({ key: w.key, label: formatWindow(w.startsAt, w.endsAt, locale) }))}
        />
      ) : working.amendment ? (
        <dl className="admin-facts">
          <div>
            <dt>{t.amendment.type}</dt>
            <dd>{t.amendmentTypes[working.amendment.type]}</dd>
          </div>
          <div>
            <dt>{t.amendment.summaryJa}</dt>
            <dd>{working.amendment.summaryJa}</dd>
          </div>
          {working.amendment.summaryEn && (
            <div>
              <dt>{t.amendment.summaryEn}</dt>
              <dd lang="en">{working.amendment.summaryEn}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="admin-empty">{t.amendment.missing}</p>
      )}
      {diff && published && (
        <details className="admin-amendment-diff" open>
          <summary>{t.amendment.diffHeading}</summary>
          <p>{t.amendment.diffLead(published.number!)}</p>
          {diff.changed ? <RevisionDiffView diff={diff} locale="ja" idPrefix="amendment-diff" /> : <p className="admin-empty">{t.amendment.noChanges}</p>}
        </details>
      )}
    </section>
  );
}
