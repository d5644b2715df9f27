// The "what stops" summary at the top of a notice page (components/notices/notice-page/
// what-stops.tsx): from the stored impact, what stops (wholly or partly) and what the
// letter says stays available, services first, then payment methods, then channels.
import { frozenLabel, type NameLocale } from "./labels";
import type { Availability, RevisionImpact } from "./types";

export interface SummaryEntry {
  key: string;
  name: string;
  /** the language of the name: Japanese where no English name was recorded */
  lang: NameLocale;
  /** degraded: some of it stops, some stays available */
  partly: boolean;
}

export interface SummaryGroup {
  kind: "services" | "paymentMethods" | "channels";
  entries: SummaryEntry[];
}

export interface StopSummary {
  stops: SummaryGroup[];
  staysAvailable: SummaryGroup[];
}

export function stopSummary(impact: RevisionImpact, locale: NameLocale): StopSummary {
  const { result, names } = impact;
  const lists = { services: result.services, paymentMethods: result.paymentMethods, channels: result.channels };
  const groups = (wanted: Availability[]) =>
    (["services", "paymentMethods", "channels"] as const).flatMap((kind): SummaryGroup[] => {
      const entries = lists[kind]
        .filter((e) => wanted.includes(e.state))
        .map((e) => {
          const label = frozenLabel(names[kind], e.key, locale);
          return { key: e.key, name: label.text, lang: label.lang, partly: e.state === "degraded" };
        });
      return entries.length ? [{ kind, entries }] : [];
    });
  return { stops: groups(["unavailable", "degraded"]), staysAvailable: groups(["available"]) };
}
