import type { NoticeView } from "@/lib/notices/page/view";
import { T } from "./l-text";
import { WhatStops } from "./what-stops";
import { messages } from "@/lib/i18n/messages";

/**
 * What merchants must do, weighted by the level: calm when nothing is asked of them,
 * the condition set apart (amber, not red) when it depends on their systems, strong
 * only when every merchant must act. No red alarm without a reason.
 */
function MerchantAction({ view }: { view: NoticeView }) {
  const t = messages[view.locale].notice;
  const { level, condition, text } = view.merchantAction;
  return (
    <div className={`action action--${level.toLowerCase()}`}>
      <strong className="action__level">{t.actionLevel[level]}</strong>
      {condition && (
        <p className="action__condition">
          <T value={condition} />
        </p>
      )}
      {text && (
        <p className="action__text">
          <T value={text} />
        </p>
      )}
    </div>
  );
}

/** The facts a merchant needs first: what kind, when, what stops, status and whether they must act. Printed too. */
export function NoticeFacts({ view }: { view: NoticeView }) {
  const t = messages[view.locale].notice;
  return (
    <aside className="facts" aria-label={t.facts}>
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
        <WhatStops view={view} />
        <div>
          <dt>{t.status}</dt>
          <dd>
            {view.ended ? (
              <span className={`status status--past ended ended--${view.ended.kind}`}>{view.ended.text}</span>
            ) : (
              <span className={`status status--${view.status}`}>{t.statusLabel[view.status]}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t.merchantAction}</dt>
          <dd>
            <MerchantAction view={view} />
          </dd>
        </div>
        {/* dates the letter does not state are left out, never made up */}
        {view.dateText ? (
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
        ) : (
          view.amendedDateText && (
            <div>
              <dt>{t.amended}</dt>
              <dd>{view.amendedDateText}</dd>
            </div>
          )
        )}
      </dl>
    </aside>
  );
}
