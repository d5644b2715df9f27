import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AmendmentPanel } from "@/components/admin/workflow/amendment-panel";
import { NoticeHeader } from "@/components/admin/workflow/notice-header";
import { NoticeTabs } from "@/components/admin/workflow/notice-tabs";
import { WorkflowPanel } from "@/components/admin/workflow/workflow-panel";
import { WorkingVersionProvider } from "@/components/admin/workflow/working-version";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { amendmentDiff } from "@/lib/notices/workflow-view/amendment-diff";
import { availableActions, needsBackfill } from "@/lib/notices/workflow-view/available-actions";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import * as actions from "./workflow-actions";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";

// Every tab of a notice (編集, プレビュー, 履歴) under one header: the notice's facts, the
// workflow buttons this user may use in its state and, for an amendment draft, its
// type, summary and diff. Each tab page checks the session itself.
export default async function NoticeLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale].header;
  const user = await requireUser();
  const notice = await loadNoticeWorkflow((await params).id);
  if (!notice) notFound();
  const allowed = availableActions(user, notice);
  const amendment = notice.working?.basedOnId ? notice.working : null;
  const base = `/admin/notices/${notice.id}`;
  return (
    <div className="admin-notice">
      <WorkingVersionProvider>
        <NoticeHeader notice={notice} />
        <WorkflowPanel
          notice={notice}
          allowed={allowed}
          backfill={needsBackfill(notice, now())}
          actions={{
            submit: actions.submitAction,
            approve: actions.approveAction,
            reject: actions.rejectAction,
            publish: actions.publishAction,
            schedule: actions.scheduleAction,
            unschedule: actions.unscheduleAction,
            withdraw: actions.withdrawAction,
            discard: actions.discardAction,
            amend: actions.amendAction,
            rebase: actions.rebaseAction,
            setAmendment: actions.setAmendmentAction,
          }}
        />
        {amendment && (
          <AmendmentPanel
            notice={notice}
            diff={await amendmentDiff(user, notice)}
            editable={user.roles.includes("EDITOR") && (amendment.status === "DRAFT" || amendment.status === "REJECTED")}
            action={actions.setAmendmentAction}
          />
        )}
        <NoticeTabs
          label={t.tabs}
          tabs={[
            { href: base, label: t.tabEdit },
            { href: `${base}/preview`, label: t.tabPreview },
            { href: `${base}/history`, label: t.tabHistory },
            // the send log is read by approvers and admins (as the audit log)
            ...(user.roles.some((role) => role === "APPROVER" || role === "ADMIN") ? [{ href: `${base}/notifications`, label: sendLogMessagesIn[locale].evidence.tab }] : []),
          ]}
        />
        <div className="admin-tab-panel">{children}</div>
      </WorkingVersionProvider>
    </div>
  );
}
