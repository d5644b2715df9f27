// The maintenance screen buyers see instead of the payment pages (full page) and
// the inline message of the card modal. Plain server-rendered markup, no JavaScript and
// no hooks: the public notice page (資料1), the console's preview and the live screen
// documents (screen-document.tsx, rendered to a string outside React's server components)
// all draw these, from the plain data of lib/maintenance/screen/screen-view.ts.
import type { Locale } from "@/lib/i18n/locale";
import { issuerLines, type ScreenIssuer, type ScreenView } from "@/lib/maintenance/screen/screen-view";
import { messages } from "@/lib/i18n/messages";

export function FullPageScreen({
  screen,
  issuer,
  locale,
  headingLevel = "h1",
  logoSrc,
}: {
  screen: ScreenView;
  issuer: ScreenIssuer;
  locale: Locale;
  headingLevel?: "h1" | "p";
  /** the logo's address; the issuer's logoPath by default (the live document inlines it as a data: URI) */
  logoSrc?: string | null;
}) {
  const Heading = headingLevel;
  const { name, copyright } = issuerLines(issuer, locale);
  const logo = logoSrc === undefined ? issuer.logoPath : logoSrc;
  return (
    <div className="mscreen" lang={screen.heading.lang}>
      <div className="mscreen__bar">
        {logo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a small static SVG; the screen must work without Next's image pipeline
          <img className="mscreen__logo" src={logo} alt={name} />
        ) : (
          <p className="mscreen__brand">{name}</p>
        )}
      </div>
      <div className="mscreen__body">
        <Heading className="mscreen__heading">{screen.heading.text}</Heading>
        <div className="mscreen__message" lang={screen.message.lang}>
          {screen.message.text.split("\n").map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
        {screen.period && (
          <div className="mscreen__period">
            <p className="mscreen__period-label" lang={screen.periodLabel.lang}>
              {screen.periodLabel.text}
            </p>
            <p className="mscreen__period-value" lang={screen.locale}>
              {screen.period}
            </p>
          </div>
        )}
        {screen.contactLines.length > 0 && (
          <div className="mscreen__contact" lang={screen.contactLinesLang}>
            <p>〈{screen.contactLabel.text}〉</p>
            {screen.contactLines.map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        )}
      </div>
      {copyright && <p className="mscreen__copyright">{copyright}</p>}
    </div>
  );
}

/** The inline message alone: what the modal document shows inside a merchant's card form. */
export function InlineMessage({ screen }: { screen: ScreenView }) {
  return (
    <div className="mcard__notice">
      <p className="mcard__message" role="alert" lang={screen.inlineMessage.lang}>
        {screen.inlineMessage.text}
      </p>
      {screen.period && (
        <p className="mcard__period" lang={screen.locale}>
          <span lang={screen.periodLabel.lang}>{screen.periodLabel.text}</span> {screen.period}
        </p>
      )}
    </div>
  );
}

/** The card modal with the inline maintenance message above the (disabled) bilingual form. */
export function InlineCardScreen({ screen, idPrefix = "mcard" }: { screen: ScreenView; /** unique per page: 資料1 draws one per language */ idPrefix?: string }) {
  const ja = messages.ja.notice;
  const en = messages.en.notice;
  const field = (id: string, jaLabel: string, enLabel: string, placeholder: string) => (
    <div className="mcard__field">
      <label htmlFor={id}>
        {jaLabel} <span lang="en">{enLabel}</span>
      </label>
      <input id={id} type="text" disabled placeholder={placeholder} />
    </div>
  );
  return (
    <div className="mcard">
      <p className="mcard__message" role="alert" lang={screen.inlineMessage.lang}>
        {screen.inlineMessage.text}
      </p>
      <div className="mcard__form">
        {field(`${idPrefix}-number`, ja.cardNumber, en.cardNumber, "5123 4500 0000 0000")}
        {field(`${idPrefix}-holder`, ja.cardHolder, en.cardHolder, "TARO YAMATO")}
        {field(`${idPrefix}-expiry`, ja.expiry, en.expiry, "01 / 30")}
        {field(`${idPrefix}-code`, ja.securityCode, en.securityCode, "123")}
        <div className="mcard__buttons">
          <button type="button" disabled>
            {ja.continue} <span lang="en">{en.continue}</span>
          </button>
          <button type="button" disabled className="mcard__back">
            {ja.back} <span lang="en">{en.back}</span>
          </button>
        </div>
      </div>
    </div>
  );
}
