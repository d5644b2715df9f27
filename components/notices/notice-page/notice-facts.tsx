import type { NoticeView } from "@/lib/notices/page/view";
import { T } from "./l-text";
import { messages } from "@/lib/i18n/messages";

/** The facts a merchant needs first: what kind, when, status and whether they must act. */
export function NoticeFacts({ view }: { view: NoticeView }) {
  const t = messages[view.locale].notice;
  return (
    <aside className="facts no-print" aria-label={t.facts}>
      <dl>
        <div>
          <dt>{t.kind}</dt>
          <dd>
            <span className={`badge badge--kind badge--${view.kind.toLowerCase()}`}>{view.kindLabel}</span>
          </dd>
        </div>
        <div>
          <dt>{t.window}</dt>
          <dd>
            {view.windows.map((w) => (
              <span key={w.key} className={w.cancelled ? "window window--cancelled" : "window"}>
                {w.text}
              </span>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>
            <span className={`status status--${view.status}`}>{t.statusLabel[view.status]}</span>
          </dd>
        </div>
        <div>
          <dt>{t.merchantAction}</dt>
          <dd>
            <strong className={`action action--${view.merchantAction.level.toLowerCase()}`}>{t.actionLevel[view.merchantAction.level]}</strong>
            {view.merchantAction.text && (
              <>
                {" — "}
                <T value={view.merchantAction.text} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.published}</dt>
          <dd>
            {view.dateText}
            {view.amendedDateText && (
              <>
                {" "}
                ({t.amended}: {view.amendedDateText})
              </>
            )}
          </dd>
        </div>
      </dl>
    </aside>
  );
}
