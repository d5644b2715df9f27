// The answer of a subscription form posted without JavaScript when it is refused: a
// small page of its own (a route handler cannot render the site's layout) with the
// reason, each field's message and the way back.
import type { Locale } from "@/lib/i18n/locale";

export function ProblemDocument({ locale, title, message, errors, back }: { locale: Locale; title: string; message: string; errors: string[]; back: { href: string; text: string } }) {
  return (
    <html lang={locale}>
      {/* a document of its own, rendered to a string: next/head has no place here */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          <p>{message}</p>
          {errors.length > 0 && (
            <ul>
              {errors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          <p>
            <a href={back.href}>{back.text}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
