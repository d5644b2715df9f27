// The maintenance screen buyers see instead of the payment pages (full page) and
// the inline message of the card modal. Server-rendered, no JavaScript. Used as a
// live preview in notices (資料1) and by the screen routes.
import type { Locale } from "@/lib/i18n/locale";
import type { NoticeView } from "@/lib/notices/page/view";
import { messages } from "@/lib/i18n/messages";

type Screen = NonNullable<NoticeView["screen"]>;

export function FullPageScreen({
  screen,
  issuer,
  locale,
  headingLevel = "h1",
}: {
  screen: Screen;
  issuer: NoticeView["issuer"];
  locale: Locale;
  headingLevel?: "h1" | "p";
}) {
  const Heading = headingLevel;
  const copyright = locale === "en" ? (issuer.copyrightEn ?? issuer.copyrightJa) : issuer.copyrightJa;
  return (
    <div className="mscreen" lang={screen.heading.lang}>
      <div className="mscreen__bar">
        {issuer.logoPath && (
          // eslint-disable-next-line @next/next/no-img-element -- a small static SVG; the screen must work without Next's image pipeline
          <img className="mscreen__logo" src={issuer.logoPath} alt={locale === "ja" ? issuer.nameJa : (issuer.nameEn ?? issuer.nameJa)} />
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
            <p className="mscreen__period-label">{screen.periodLabel.text}</p>
            <p className="mscreen__period-value">{screen.period}</p>
          </div>
        )}
        <div className="mscreen__contact" lang={screen.contactLinesLang}>
          <p>〈{screen.contactLabel.text}〉</p>
          {screen.contactLines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      </div>
      {copyright && <p className="mscreen__copyright">{copyright}</p>}
    </div>
  );
}

/**
 * The card modal with the inline maintenance message above the (disabled) bilingual form.
 * `idPrefix`: the inputs' ids, distinct where one page shows the card twice (the brand page's preview in ja and en).
 */
export function InlineCardScreen({ screen, idPrefix = "mcard" }: { screen: Screen; idPrefix?: string }) {
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
