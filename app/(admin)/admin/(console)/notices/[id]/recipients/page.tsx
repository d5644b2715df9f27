import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/admin-table";
import { forbiddenUnlessAny } from "@/lib/actions/roles";
import { requireUser } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { recipientsPreview } from "@/lib/notifications/send-log/recipients-preview";
import { needsBackfill } from "@/lib/notices/workflow-view/available-actions";
import { loadNoticeWorkflow } from "@/lib/notices/workflow-view/load-notice";

export async function generateMetadata(): Promise<Metadata> {
  return { title: sendLogMessagesIn[await consoleLocale()].recipients.fullTitle };
}

// Everyone publishing the notice's working revision now would tell (approvers and admins):
// the full list behind the workflow panel's first few.
export default async function RecipientsPage({ params }: { params: Promise<{ id: string }> }) {
  const locale = await consoleLocale();
  const r = sendLogMessagesIn[locale].recipients;
  forbiddenUnlessAny(await requireUser(), ["APPROVER", "ADMIN"]);
  const notice = await loadNoticeWorkflow((await params).id);
  if (!notice) notFound();
  if (!notice.working) return <p>{r.noWorking}</p>;
  const preview = await recipientsPreview(notice.working.id, { backfill: needsBackfill(notice, now()) });
  const nobody = preview.silent === "editorial" ? r.nobodyEditorial : preview.silent === "backfill" ? r.nobodyBackfill : null;
  return (
    <>
      <h2 className="admin-tab-heading">{r.fullTitle}</h2>
      {nobody ? (
        <p>{nobody}</p>
      ) : (
        <>
          <p role="status">{r.summary(preview.merchants.length, preview.addresses, preview.subscribers, preview.webhooks)}</p>
          {preview.merchants.length ? (
            <AdminTable
              rows={preview.merchants.map((m) => ({ ...m, id: m.merchantId }))}
              caption={r.fullTitle}
              scrollLabel={r.fullTitle}
              columns={[
                { header: r.merchantColumn, rowHeader: true, cell: (m) => `${m.code} ${locale === "en" && m.nameEn ? m.nameEn : m.nameJa}` },
                { header: r.addressesColumn, cell: (m) => m.addresses.join(", ") },
                { header: r.webhooksColumn, cell: (m) => m.webhooks.join(", ") },
              ]}
            />
          ) : (
            <p>{r.nobodyMatches}</p>
          )}
          <h3>{r.subscribersHeading}</h3>
          <p>{r.subscriberCount(preview.subscribers)}</p>
        </>
      )}
    </>
  );
}
