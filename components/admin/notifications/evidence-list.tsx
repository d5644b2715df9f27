import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import { shellMessagesIn } from "@/lib/i18n/console/shell-messages";
import type { MessageEvidence, RevisionEvidence } from "@/lib/notifications/send-log/evidence";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleTime } from "./send-log-table";

/** A notice's evidence: per revision, when it was published and, per message, who was told (or why nobody was). */
export async function EvidenceList({ noticeId, revisions, linkRows = true }: { noticeId: string; revisions: readonly RevisionEvidence[]; linkRows?: boolean }) {
  const locale = await consoleLocale();
  const m = sendLogMessagesIn[locale];
  const e = m.evidence;
  const amendments = workflowMessagesIn[locale].amendmentTypes;
  const separator = shellMessagesIn[locale].listSeparator;
  // who was told; a SKIPPED row's reason says why nobody was (alone when it is all there is)
  const summary = (message: MessageEvidence) => {
    const told = message.merchantsMailed + message.subscribersMailed + message.webhooksSent + message.failed + message.queued + message.suppressed > 0;
    const parts = [
      ...(told || !message.skipped.length ? [e.line(message.merchantsMailed, message.subscribersMailed, message.webhooksSent, message.failed)] : []),
      ...(message.queued ? [e.pending(message.queued)] : []),
      ...(message.suppressed ? [e.suppressed(message.suppressed)] : []),
    ];
    const reasons = message.skipped.map((reason) => m.reasons[reason] ?? m.unknownReason(reason));
    return [parts.join(separator), ...reasons].filter(Boolean).join(" ");
  };
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
              {summary(message)}
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
