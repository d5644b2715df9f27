// The frame of every mail the site sends: a table layout with inline styles (mail
// clients drop <style> blocks and many ignore flexbox and max-width on divs), the
// language on <html>, and the footer the law asks for (特定電子メール法): who sends it,
// why the reader gets it and how to stop. Rendered with renderInlineStyledMarkup
// (components/screens/static-markup.ts): plain function components, no hooks.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { MailFooter } from "@/lib/notifications/mail/view";

export const mailColors = { text: "#1f2328", muted: "#59636e", rule: "#d1d9e0", panel: "#f6f8fa", link: "#0a5bb5", brand: "#1b3a5c" };
const font = '"Hiragino Kaku Gothic ProN", "Hiragino Sans", Meiryo, "Noto Sans JP", "Noto Sans CJK JP", Arial, sans-serif';

export const styles = {
  h1: { margin: "0 0 12px", fontSize: 20, lineHeight: 1.4, color: mailColors.text },
  h2: { margin: "20px 0 6px", fontSize: 15, lineHeight: 1.4, color: mailColors.brand, borderBottom: `1px solid ${mailColors.rule}`, paddingBottom: 4 },
  p: { margin: "0 0 8px", fontSize: 14, lineHeight: 1.7, color: mailColors.text },
  small: { margin: "0 0 6px", fontSize: 12, lineHeight: 1.6, color: mailColors.muted },
  link: { color: mailColors.link, textDecoration: "underline", wordBreak: "break-all" as const },
  button: { display: "inline-block", padding: "10px 18px", backgroundColor: mailColors.brand, color: "#ffffff", textDecoration: "none", borderRadius: 4, fontSize: 14, fontWeight: 700 },
};

function Footer({ footer }: { footer: MailFooter }) {
  return (
    <td style={{ padding: "16px 24px 24px", borderTop: `1px solid ${mailColors.rule}`, backgroundColor: mailColors.panel }}>
      <p style={{ ...styles.small, fontWeight: 700 }}>{footer.heading}</p>
      <p style={styles.small}>{footer.why}</p>
      <p style={styles.small}>
        {footer.senderLabel}
        {footer.colon}
        {footer.sender}
        {footer.postalAddress && (
          <>
            <br />
            {footer.postalAddressLabel}
            {footer.colon}
            {footer.postalAddress}
          </>
        )}
      </p>
      {footer.contact.length > 0 && (
        <p style={styles.small}>
          {footer.contactLabel}
          {footer.colon}
          {footer.contact.map((line, i) => (
            <span key={i}>
              <br />
              {line}
            </span>
          ))}
        </p>
      )}
      {footer.stop.map((s) => (
        <p key={s.text} style={styles.small}>
          {s.url ? (
            <a href={s.url} style={styles.link}>
              {s.text}
            </a>
          ) : (
            s.text
          )}
        </p>
      ))}
      <p style={styles.small}>{footer.noReply}</p>
    </td>
  );
}

/** The whole document: <html lang> … one centred 600 px table with the content and the footer. */
export function MailLayout({ locale, title, preview, serviceName, footer, children }: { locale: Locale; title: string; preview: string; serviceName: string; footer: MailFooter; children: ReactNode }) {
  return (
    <html lang={locale}>
      {/* a mail is a whole document of its own, not a Next page: next/head has no place here */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body style={{ margin: 0, padding: 0, backgroundColor: "#eef1f4", fontFamily: font, color: mailColors.text }}>
        {/* the line a mail client previews after the subject; not shown in the body */}
        <div style={{ display: "none", maxHeight: 0, overflow: "hidden" }}>{preview}</div>
        <table role="presentation" width="100%" cellPadding={0} cellSpacing={0} border={0} style={{ backgroundColor: "#eef1f4" }}>
          <tbody>
            <tr>
              <td align="center" style={{ padding: "16px 8px" }}>
                <table role="presentation" width="600" cellPadding={0} cellSpacing={0} border={0} style={{ width: "100%", maxWidth: 600, backgroundColor: "#ffffff", border: `1px solid ${mailColors.rule}`, borderCollapse: "collapse" }}>
                  <tbody>
                    <tr>
                      <td style={{ padding: "12px 24px", backgroundColor: mailColors.brand, color: "#ffffff", fontSize: 14, fontWeight: 700 }}>{serviceName}</td>
                    </tr>
                    <tr>
                      <td style={{ padding: "20px 24px 8px", fontFamily: font }}>{children}</td>
                    </tr>
                    <tr>
                      <Footer footer={footer} />
                    </tr>
                  </tbody>
                </table>
              </td>
            </tr>
          </tbody>
        </table>
      </body>
    </html>
  );
}
