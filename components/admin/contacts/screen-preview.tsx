"use client";
import { FullPageScreen, InlineCardScreen } from "@/components/screens/maintenance-screen";
import "@/components/screens/maintenance-screen.css";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { previewScreen, type ScreenFormValues } from "@/lib/contacts/screen-preview";
import type { IssuerSnapshot } from "@/lib/notices/content/snapshots";
import type { PeriodStyle } from "@/lib/format/period-style";
import type { Locale } from "@/lib/i18n/locale";
import { useMessages } from "@/lib/i18n/console/client";

// The maintenance screen as buyers would see it with the texts being typed: the real
// components, rebuilt in the browser at every keystroke (no server round trip).

const LOCALES: readonly Locale[] = ["ja", "en"];

export function ScreenPreview({
  values,
  periods,
  issuer,
}: {
  values: ScreenFormValues;
  periods: Record<PeriodStyle, Record<Locale, string>>;
  issuer: IssuerSnapshot;
}) {
  const m = useMessages(contactMessagesIn).preview;
  return (
    <section className="admin-screen-preview" aria-labelledby="screen-preview-heading">
      <h3 id="screen-preview-heading">{m.heading}</h3>
      <p className="admin-field-help">{m.help}</p>
      {LOCALES.map((locale) => {
        const screen = previewScreen(values, locale, periods);
        const language = m.languages[locale];
        return (
          <div key={locale} className="admin-screen-preview__pair" data-locale={locale}>
            <figure>
              <figcaption>{m.fullPage(language)}</figcaption>
              <div className="admin-screen-preview__frame" data-testid={`screen-preview-full-${locale}`}>
                <FullPageScreen screen={screen} issuer={issuer} locale={locale} headingLevel="p" />
              </div>
            </figure>
            <figure>
              <figcaption>{m.inline(language)}</figcaption>
              <div className="admin-screen-preview__frame" data-testid={`screen-preview-inline-${locale}`} inert>
                <InlineCardScreen screen={screen} idPrefix={`preview-card-${locale}`} />
              </div>
            </figure>
          </div>
        );
      })}
    </section>
  );
}
