import { stopSummary, type SummaryGroup } from "@/lib/affected/summary";
import { messages, type Messages } from "@/lib/i18n/messages";
import type { NoticeView } from "@/lib/notices/page/view";

type NoticeUi = Messages["notice"];

function Groups({ groups, t }: { groups: SummaryGroup[]; t: NoticeUi }) {
  return (
    <dl className="stops">
      {groups.map((group) => (
        <div key={group.kind}>
          <dt>{t.stopKinds[group.kind]}</dt>
          <dd>
            <ul className="stops__names">
              {group.entries.map((e, i) => (
                <li key={e.key}>
                  <span lang={e.lang}>{e.name}</span>
                  {e.partly && <span className="stops__partly"> {t.partly}</span>}
                  {/* in the text, not in CSS: copied names keep their separators */}
                  {i < group.entries.length - 1 && t.listSeparator}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Rows of the facts list: what the notice stops (wholly or partly) and what it says stays
 * available, from the impact stored at publication (lib/affected), under the names the
 * notice was published with. The window row above says when.
 */
export function WhatStops({ view }: { view: Pick<NoticeView, "locale" | "impact"> }) {
  const t = messages[view.locale].notice;
  const { stops, staysAvailable } = stopSummary(view.impact, view.locale);
  return (
    <>
      <div className="facts__stops">
        <dt>{t.stops}</dt>
        <dd>{stops.length ? <Groups groups={stops} t={t} /> : t.nothingStops}</dd>
      </div>
      {staysAvailable.length > 0 && (
        <div className="facts__available">
          <dt>{t.staysAvailable}</dt>
          <dd>
            <Groups groups={staysAvailable} t={t} />
          </dd>
        </div>
      )}
    </>
  );
}
