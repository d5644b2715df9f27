import Link from "next/link";
import { formatMoment, formatWindow } from "@/lib/format";
import { consoleLocale } from "@/lib/i18n/console/server";
import type { ControlPanel } from "@/lib/maintenance/controls/panel";
import { controlMessagesIn } from "@/lib/maintenance/controls/messages";
import { dateToJstInput } from "@/lib/notices/editor/jst-input";
import type { WorkflowServerAction } from "../workflow/action-form";
import { EndMaintenanceForm, ExtendMaintenanceForm, StartMaintenanceForm } from "./control-forms";

const HOUR = 3_600_000;

/**
 * The dashboard's "メンテナンス操作" (issue 10, approvers): every channel's state now,
 * each window in force with 延長 and 今すぐ終了, and the start form. Dates are formatted
 * here, on the server (Decision 9).
 */
export async function MaintenancePanel({
  panel,
  at,
  actions,
}: {
  panel: ControlPanel;
  at: Date;
  actions: { start: WorkflowServerAction; extend: WorkflowServerAction; end: WorkflowServerAction };
}) {
  const locale = await consoleLocale();
  const t = controlMessagesIn[locale].panel;
  const name = (c: { nameJa: string; nameEn: string | null }) => (locale === "en" && c.nameEn ? c.nameEn : c.nameJa);
  const names = new Map(panel.channels.map((c) => [c.key, name(c)]));
  return (
    <section className="admin-maintenance" aria-labelledby="maintenance-controls">
      <h2 id="maintenance-controls">{t.heading}</h2>
      <p className="admin-field-help">{t.intro}</p>
      <h3>{t.stateHeading}</h3>
      <div className="admin-table-wrap">
        <table className="admin-maintenance-states">
          <thead>
            <tr>
              <th scope="col">{t.channel}</th>
              <th scope="col">{t.state}</th>
              <th scope="col">{t.notice}</th>
            </tr>
          </thead>
          <tbody>
            {panel.channels.map((c) => (
              <tr key={c.key} data-channel={c.key} data-active={c.active}>
                <th scope="row">{name(c)}</th>
                <td>
                  {c.active ? (
                    <>
                      <span className="admin-badge admin-badge--alert">{t.active}</span> {t.until(formatMoment(new Date(c.end!), locale))}
                    </>
                  ) : (
                    t.inactive
                  )}
                </td>
                <td lang={c.titleJa ? "ja" : undefined}>{c.titleJa ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.inForceHeading}</h3>
      {panel.inForce.length === 0 ? (
        <p className="admin-empty">{t.inForceEmpty}</p>
      ) : (
        <ul className="admin-maintenance-windows">
          {panel.inForce.map((w) => (
            <li key={`${w.slug}/${w.windowKey}`} data-slug={w.slug}>
              <Link href={`/admin/notices/${w.noticeId}`} prefetch={false} lang="ja">
                {w.titleJa}
              </Link>
              <dl className="admin-pairs">
                <dt>{t.period}</dt>
                <dd>{formatWindow(new Date(w.start), new Date(w.end), locale)}</dd>
                <dt>{t.channels}</dt>
                <dd>{w.channels.map((k) => names.get(k) ?? k).join(locale === "ja" ? "、" : ", ")}</dd>
              </dl>
              <div className="admin-maintenance-actions">
                <ExtendMaintenanceForm action={actions.extend} revisionId={w.revisionId} windowKey={w.windowKey} defaultEnd={dateToJstInput(new Date(Date.parse(w.end) + HOUR))} />
                <EndMaintenanceForm action={actions.end} revisionId={w.revisionId} windowKey={w.windowKey} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.startHeading}</h3>
      <StartMaintenanceForm action={actions.start} channels={panel.channels.map((c) => ({ value: c.key, label: name(c) }))} defaultEnd={dateToJstInput(new Date(at.getTime() + HOUR))} />
    </section>
  );
}
