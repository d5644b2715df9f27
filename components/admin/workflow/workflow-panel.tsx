import type { WorkflowAction } from "@/lib/notices/workflow-view/available-actions";
import type { NoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import type { WorkflowServerAction } from "./action-form";
import {
  AmendForm,
  ApproveForm,
  BreakGlassForm,
  DiscardForm,
  PublishForm,
  RebaseForm,
  RejectForm,
  ScheduleForm,
  SubmitForm,
  UnscheduleForm,
  WithdrawForm,
} from "./workflow-forms";
import { consoleLocale } from "@/lib/i18n/console/server";
import { recipientsPreview } from "@/lib/notifications/send-log/recipients-preview";
import { RecipientsPanel } from "../notifications/recipients-panel";

export type WorkflowActions = Record<Exclude<WorkflowAction, "breakGlass"> | "setAmendment", WorkflowServerAction>;

/** The workflow buttons this user may use for the notice's state (lib/notices/workflow-view/available-actions.ts). */
export async function WorkflowPanel({
  notice,
  allowed,
  actions,
  backfill,
}: {
  notice: NoticeWorkflow;
  allowed: WorkflowAction[];
  actions: WorkflowActions;
  /** the working revision is a historical first publication (Decision 8) */
  backfill: boolean;
}) {
  const locale = await consoleLocale();
  const workflowMessages = workflowMessagesIn[locale];
  const t = workflowMessages.actions;
  const w = notice.working;
  const ref = w ? { revisionId: w.id, version: w.version } : null;
  const has = (a: WorkflowAction) => allowed.includes(a);
  // whoever may publish (or approve, or use break glass) sees first who will be told (issue 11)
  const publishing = w && (["approve", "publish", "schedule", "breakGlass"] as const).some(has);
  return (
    <section className="admin-workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t.heading}</h2>
      {publishing ? <RecipientsPanel preview={await recipientsPreview(w.id, { backfill })} fullListHref={`/admin/notices/${notice.id}/recipients`} /> : null}
      {allowed.length === 0 ? (
        <p className="admin-empty">{t.none}</p>
      ) : (
        <div className="admin-workflow-actions">
          {ref && has("submit") && <SubmitForm action={actions.submit} {...ref} />}
          {ref && has("approve") && <ApproveForm action={actions.approve} {...ref} />}
          {ref && has("reject") && <RejectForm action={actions.reject} {...ref} />}
          {ref && has("publish") && <PublishForm action={actions.publish} backfill={backfill} {...ref} />}
          {ref && has("schedule") && <ScheduleForm action={actions.schedule} {...ref} />}
          {ref && has("unschedule") && <UnscheduleForm action={actions.unschedule} {...ref} />}
          {ref && has("breakGlass") && <BreakGlassForm action={actions.publish} backfill={backfill} {...ref} />}
          {ref && has("rebase") && <RebaseForm action={actions.rebase} {...ref} />}
          {ref && has("discard") && <DiscardForm action={actions.discard} {...ref} />}
          {has("amend") && <AmendForm action={actions.amend} noticeId={notice.id} />}
          {has("withdraw") && <WithdrawForm action={actions.withdraw} noticeId={notice.id} />}
        </div>
      )}
    </section>
  );
}
