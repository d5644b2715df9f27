// The brand page's live preview of the maintenance screen: the screen as the real
// components (components/screens/) draw it, from the form's current values. Pure, so the
// browser builds it as the admin types; the period texts come formatted from the server
// (lib/format formats in Japan time on the server only, Decision 9).
import type { PeriodStyle } from "@/lib/format/period-style";
import type { Locale } from "@/lib/i18n/locale";
import { screenView, type ScreenView } from "@/lib/maintenance/screen/screen-view";

/** The example window the preview shows: notice 000's, 2019-07-29 2:00–7:00 JST. */
export const SAMPLE_WINDOW = { start: new Date("2019-07-28T17:00:00Z"), end: new Date("2019-07-28T22:00:00Z") };

/** The form's fields as the browser holds them: strings, lists one per line. */
export interface ScreenFormValues {
  headingJa?: string;
  headingEn?: string;
  messageJa?: string;
  messageEn?: string;
  periodLabelJa?: string;
  periodLabelEn?: string;
  periodStyle?: string;
  inlineMessageJa?: string;
  inlineMessageEn?: string;
  contactLabelJa?: string;
  contactLabelEn?: string;
  contactLinesJa?: string;
  contactLinesEn?: string;
}

const both = (ja: string | undefined, en: string | undefined) => ({ ja: ja?.trim() ?? "", en: en?.trim() || null });
const lines = (value: string | undefined) => (value ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean);

/**
 * The screen in `locale` from the form's values, built as the live screen builds it
 * (screenView: English falls back to Japanese where it is empty), with the example
 * window's period in the chosen style.
 */
export function previewScreen(values: ScreenFormValues, locale: Locale, periods: Record<PeriodStyle, Record<Locale, string>>): ScreenView {
  const style: PeriodStyle = values.periodStyle === "NOTICE" ? "NOTICE" : "SCREEN";
  const view = screenView(
    {
      heading: both(values.headingJa, values.headingEn),
      message: both(values.messageJa, values.messageEn),
      periodLabel: both(values.periodLabelJa, values.periodLabelEn),
      inlineMessage: both(values.inlineMessageJa, values.inlineMessageEn),
      contactLabel: both(values.contactLabelJa, values.contactLabelEn),
      contactLines: { ja: lines(values.contactLinesJa), en: lines(values.contactLinesEn) },
    },
    null,
    locale,
  );
  return { ...view, period: periods[style][locale] };
}
