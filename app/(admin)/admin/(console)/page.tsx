import type { Metadata } from "next";
import Link from "next/link";
import { DashboardList } from "@/components/admin/workflow/dashboard-list";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { loadDashboard } from "@/lib/notices/dashboard/queries";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: workflowMessagesIn[await consoleLocale()].dashboard.heading };
}

export default async function DashboardPage() {
  const t = workflowMessagesIn[await consoleLocale()].dashboard;
  const user = await requireUser();
  const lists = await loadDashboard(db, user, now());
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
      <div className="admin-dashboard">
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
