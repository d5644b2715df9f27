import Link from "next/link";
import { consoleLocale } from "@/lib/i18n/console/server";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import type { RecipientsPreview } from "@/lib/notifications/send-log/recipients-preview";

export const RECIPIENTS_SHOWN = 10;

/** Before publishing: how many and which merchants will be told, the first few named, the rest a link away. */
export async function RecipientsPanel({ preview, fullListHref }: { preview: RecipientsPreview; fullListHref: string }) {
  const locale = await consoleLocale();
  const r = sendLogMessagesIn[locale].recipients;
  const nobody = preview.silent === "editorial" ? r.nobodyEditorial : preview.silent === "backfill" ? r.nobodyBackfill : null;
  const none = !nobody && preview.merchants.length === 0 && preview.subscribers === 0;
  const shown = preview.merchants.slice(0, RECIPIENTS_SHOWN);
  return (
    <section className="admin-recipients" aria-labelledby="recipients-heading">
      <h2 id="recipients-heading">{r.heading}</h2>
      {nobody || none ? (
        <p data-testid="recipients-summary">{nobody ?? r.nobodyMatches}</p>
      ) : (
        <>
          <p>{r.intro}</p>
          <p data-testid="recipients-summary">
            <strong>{r.summary(preview.merchants.length, preview.addresses, preview.subscribers, preview.webhooks)}</strong>
          </p>
          {shown.length ? (
            <ul>
              {shown.map((m) => (
                <li key={m.merchantId}>
                  {m.code} {locale === "en" && m.nameEn ? m.nameEn : m.nameJa}
                </li>
              ))}
            </ul>
          ) : null}
          {preview.merchants.length > shown.length ? <p>{r.firstN(shown.length, preview.merchants.length)}</p> : null}
          <p>
            <Link href={fullListHref}>{r.all}</Link>
          </p>
        </>
      )}
    </section>
  );
}
