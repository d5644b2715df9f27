import Link from "next/link";
import { SendStatus } from "@/lib/generated/prisma/enums";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";

/** Rows per status for the other filters; each count links to the list with that status picked. */
export async function StatusCounts({ counts, filters, current }: { counts: Record<SendStatus, number>; filters: Record<string, string | undefined>; current: string | undefined }) {
  const m = sendLogMessagesIn[await consoleLocale()];
  const href = (status: string) => {
    const params = new URLSearchParams(Object.entries({ ...filters, status }).filter((entry): entry is [string, string] => Boolean(entry[1])));
    return `/admin/notifications?${params}`;
  };
  return (
    <section aria-labelledby="send-log-counts" className="admin-send-counts">
      <h2 id="send-log-counts">{m.counts}</h2>
      <ul>
        {Object.values(SendStatus).map((status) => (
          <li key={status} className={`admin-send-status-${status.toLowerCase()}`}>
            <Link href={href(status)} aria-current={current === status ? "true" : undefined}>
              <span>{m.statuses[status]}</span> <strong data-status={status}>{counts[status]}</strong>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
