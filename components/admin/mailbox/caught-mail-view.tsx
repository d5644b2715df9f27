import { consoleLocale } from "@/lib/i18n/console/server";
import { mailboxMessagesIn } from "@/lib/notifications/mailbox/messages";
import type { CaughtMailView as Mail } from "@/lib/notifications/mailbox/read";

/**
 * A caught mail: its headers, the plain text, and the HTML in an iframe. The HTML is
 * outside text: srcdoc with sandbox="" gives it an opaque origin with no scripts, no
 * forms, no popups and no top navigation, and the console's Content-Security-Policy
 * (which a srcdoc document inherits) lets no script, remote image or inline style in.
 */
export async function CaughtMailView({ mail }: { mail: Mail }) {
  const m = mailboxMessagesIn[await consoleLocale()];
  const headers = (Object.keys(m.header) as (keyof typeof m.header)[]).filter((key) => mail.headers[key]);
  return (
    <>
      <section aria-labelledby="mail-headers">
        <h2 id="mail-headers">{m.headers}</h2>
        <dl className="admin-mail-headers">
          {headers.map((key) => (
            <div key={key}>
              <dt>{m.header[key]}</dt>
              <dd>{mail.headers[key]}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="mail-text">
        <h2 id="mail-text">{m.text}</h2>
        {mail.text ? <pre className="admin-mail-text">{mail.text}</pre> : <p>{m.noText}</p>}
      </section>
      <section aria-labelledby="mail-html">
        <h2 id="mail-html">{m.html}</h2>
        {mail.html ? (
          <>
            <p className="admin-muted">{m.htmlNote}</p>
            <iframe className="admin-mail-html" title={m.htmlFrame(mail.subject)} sandbox="" srcDoc={mail.html} referrerPolicy="no-referrer" />
          </>
        ) : (
          <p>{m.noHtml}</p>
        )}
      </section>
    </>
  );
}
