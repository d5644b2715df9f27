import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import type { RevisionEvidence } from "@/lib/notifications/send-log/evidence";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleTime } from "./send-log-table";

/** A notice's evidence: per revision, when it was published and, per message, who was told (or why nobody was). */
export async function EvidenceList({ noticeId, revisions, linkRows = true }: { noticeId: string; revisions: readonly RevisionEvidence[]; linkRows?: boolean }) {
  const locale = await consoleLocale();
  const m = sendLogMessagesIn[locale];
  const e = m.evidence;
  const amendments = workflowMessagesIn[locale].amendmentTypes;
  return (
    <ul className="admin-evidence">
      {revisions.map((revision) => (
        <li key={revision.id} data-revision={revision.number}>
          <h3>
            {m.revision(revision.number)}
            {revision.amendmentType ? ` (${amendments[revision.amendmentType]})` : ""}
            {revision.publishedAt ? <span className="admin-muted"> {e.published(`${consoleTime(revision.publishedAt, locale)} JST`)}</span> : null}
          </h3>
          {revision.messages.length === 0 ? <p className="admin-evidence-line">{e.noRecords}</p> : null}
          {revision.messages.map((message) => (
            <p key={`${message.event}-${message.windowKey ?? ""}`} className="admin-evidence-line">
              <strong>
                {m.events[message.event]}
                {message.windowKey ? ` (${message.windowKey})` : ""}
              </strong>{" "}
              <span className="admin-muted">{e.first(`${consoleTime(message.firstAt, locale)} JST`)}</span>
              {": "}
              {message.skipped.length
                ? message.skipped.map((reason) => m.reasons[reason] ?? m.unknownReason(reason)).join(" ")
                : e.line(message.merchantsMailed, message.subscribersMailed, message.webhooksSent, message.failed)}
              {message.queued ? `、${e.pending(message.queued)}` : ""}
              {message.suppressed ? `、${e.suppressed(message.suppressed)}` : ""}
            </p>
          ))}
          {linkRows && revision.messages.length ? (
            <p>
              <Link href={`/admin/notices/${noticeId}/notifications/${revision.number}`}>{e.rows}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
