import type { Metadata } from "next";
import Link from "next/link";
import { BreakGlassReviewForm } from "@/components/admin/maintenance/break-glass-review-form";
import { MaintenancePanel } from "@/components/admin/maintenance/maintenance-panel";
import { DashboardList } from "@/components/admin/workflow/dashboard-list";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { controlMessagesIn } from "@/lib/maintenance/controls/messages";
import { loadControlPanel } from "@/lib/maintenance/controls/panel";
import { breakGlassAwaitingReview, loadDashboard } from "@/lib/notices/dashboard/queries";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleLocale } from "@/lib/i18n/console/server";
import { reviewBreakGlassAction } from "./actions";
import { endMaintenanceAction, extendMaintenanceAction, startMaintenanceAction } from "./maintenance-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workflowMessagesIn[await consoleLocale()].dashboard.heading };
}

export default async function DashboardPage() {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale].dashboard;
  const c = controlMessagesIn[locale].panel;
  const user = await requireUser();
  const at = now();
  const approver = user.roles.includes("APPROVER");
  const lists = await loadDashboard(db, user, at);
  // the maintenance controls are the approvers' (Decision 5); break glass is reviewed by approvers and admins
  const panel = approver ? await loadControlPanel(db, at) : null;
  const breakGlass = approver || user.roles.includes("ADMIN") ? await breakGlassAwaitingReview(db) : null;
  return (
    <>
      <h1>{t.heading}</h1>
      {user.roles.includes("EDITOR") && (
        <p>
          <Link className="admin-button-link" href="/admin/notices/new">
            {t.newNotice}
          </Link>
        </p>
      )}
      {panel && <MaintenancePanel panel={panel} at={at} actions={{ start: startMaintenanceAction, extend: extendMaintenanceAction, end: endMaintenanceAction }} />}
      <div className="admin-dashboard">
        {breakGlass && (
          <DashboardList
            id="break-glass"
            heading={c.breakGlassHeading}
            empty={c.breakGlassEmpty}
            items={breakGlass}
            when={t.publishedAt}
            describe={(item) => (item.by ? c.publishedBy(item.by) : null)}
            control={(item) =>
              !approver ? null : item.publisherId === user.id ? (
                <span className="admin-meta">{c.ownBreakGlass}</span>
              ) : (
                <BreakGlassReviewForm action={reviewBreakGlassAction} eventId={item.eventId} />
              )
            }
          />
        )}
        <DashboardList id="my-drafts" heading={t.myDrafts} empty={t.myDraftsEmpty} items={lists.myDrafts} when={t.lastEdited} />
        {lists.awaitingMyReview && (
          <DashboardList
            id="review"
            heading={t.awaitingMyReview}
            empty={t.awaitingMyReviewEmpty}
            items={lists.awaitingMyReview}
            when={t.submittedAt}
            describe={(item) => (item.by ? t.submittedBy(item.by) : null)}
          />
        )}
        <DashboardList id="scheduled" heading={t.scheduled} empty={t.scheduledEmpty} items={lists.scheduled} when={t.publishAt} />
        <DashboardList id="now" heading={t.inMaintenanceNow} empty={t.inMaintenanceNowEmpty} items={lists.inMaintenanceNow} when={t.endsAt} />
        <DashboardList
          id="recent"
          heading={t.recentlyPublished}
          empty={t.recentlyPublishedEmpty}
          items={lists.recentlyPublished}
          when={t.publishedAt}
          describe={(item) => (item.by ? t.publishedBy(item.by) : null)}
        />
      </div>
    </>
  );
}
