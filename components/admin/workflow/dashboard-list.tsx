import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "@/lib/format";
import type { DashboardItem } from "@/lib/notices/dashboard/queries";
import { workflowMessagesIn } from "@/lib/notices/workflow-view/messages";
import { consoleLocale } from "@/lib/i18n/console/server";

/** One list of the dashboard: a heading, its lines or the sentence saying there are none. */
export async function DashboardList<T extends DashboardItem>({
  id,
  heading,
  empty,
  items,
  when,
  describe,
  control,
}: {
  id: string;
  heading: string;
  empty: string;
  items: T[];
  /** what the line's instant is ("最終更新", "公開予定" …) */
  when: string;
  /** an extra fact of a line (who submitted or published it) */
  describe?: (item: DashboardItem) => string | null;
  /** what a line offers to do (the break-glass list's "approve afterwards") */
  control?: (item: T) => ReactNode;
}) {
  const locale = await consoleLocale();
  const t = workflowMessagesIn[locale];
  const headingId = `dashboard-${id}`;
  return (
    <section className="admin-dashboard-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {heading} <span className="admin-count">{items.length}</span>
      </h2>
      {items.length === 0 ? (
        <p className="admin-empty">{empty}</p>
      ) : (
        <ul>
          {items.map((item) => {
            const extra = describe?.(item);
            return (
              <li key={item.revisionId}>
                {/* not prefetched: each notice page is rendered per request, and a list holds many */}
                <Link href={`/admin/notices/${item.noticeId}`} prefetch={false}>
                  {item.titleJa}
                </Link>
                <span className="admin-meta">
                  <span className="admin-badge">{t.kinds[item.kind]}</span>
                  {item.amendment && <span className="admin-badge admin-badge--amendment">{t.dashboard.amendment}</span>}
                  {item.status === "REJECTED" && <span className="admin-badge admin-badge--alert">{t.revisionStatuses.REJECTED}</span>}
                  {item.at && (
                    <span>
                      {when} <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, locale)}</time>
                    </span>
                  )}
                  {extra && <span>{extra}</span>}
                </span>
                {control?.(item)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
