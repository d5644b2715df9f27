// The public subscription's pages (app/(public)/[locale]/subscribe, …/unsubscribe).
// Pages reached by a token change nothing when opened: their buttons post to
// app/api/subscriptions (mail scanners open links; RFC 8058 asks for a POST).
import Link from "next/link";
import { SiteShell } from "@/components/site/site-shell";
import { localePath, type Locale } from "@/lib/i18n/locale";
import type { FilterKind, FilterOption } from "@/lib/notifications/subscriptions/catalog";
import { subscriptionMessages } from "@/lib/notifications/subscriptions/messages";
import { FilterFields, type FilterValues } from "./filter-fields";
import { SubscribeForm } from "./subscribe-form";
import "./subscribe.css";

function Shell({ locale, path, title, children }: { locale: Locale; path: string; title: string; children: React.ReactNode }) {
  return (
    <SiteShell locale={locale} alternatePath={path}>
      <h1 className="page-title">{title}</h1>
      {children}
    </SiteShell>
  );
}

export function SubscribePage({ locale, options }: { locale: Locale; options: Record<FilterKind, FilterOption[]> }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe" title={t.subscribe.title}>
      <p>{t.subscribe.lead}</p>
      <SubscribeForm locale={locale} options={options} />
    </Shell>
  );
}

export function SentPage({ locale }: { locale: Locale }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe/sent" title={t.sent.title}>
      <p role="status">{t.sent.body}</p>
      <p>{t.sent.again}</p>
    </Shell>
  );
}

export function ConfirmPage({ locale, email, token }: { locale: Locale; email: string; token: string }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe" title={t.confirm.title}>
      <p>{t.confirm.body(email)}</p>
      <form method="post" action="/api/subscriptions/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="subscribe-button">
          {t.confirm.button}
        </button>
      </form>
    </Shell>
  );
}

function UnsubscribeForm({ locale, token, label }: { locale: Locale; token: string; label: string }) {
  return (
    <form method="post" action="/api/subscriptions/unsubscribe">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="from" value="page" />
      <input type="hidden" name="List-Unsubscribe" value="One-Click" />
      <button type="submit" className="subscribe-button subscribe-button--danger">
        {label}
      </button>
    </form>
  );
}

export function ManagePage({ locale, token, subscription, options, flash }: { locale: Locale; token: string; subscription: FilterValues & { email: string; subscribed: boolean }; options: Record<FilterKind, FilterOption[]>; flash: "confirmed" | "saved" | null }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe" title={t.manage.title}>
      {flash && (
        <p role="status" className="subscribe-status">
          {flash === "confirmed" ? t.confirm.done : t.manage.saved}
        </p>
      )}
      <p>
        {t.manage.address}: <strong>{subscription.email}</strong>
      </p>
      {subscription.subscribed ? (
        <>
          <form method="post" action="/api/subscriptions/manage" className="subscribe-form">
            <input type="hidden" name="token" value={token} />
            <FilterFields t={t} options={options} values={subscription} errors={{}} />
            <div className="subscribe-form__actions">
              <button type="submit">{t.manage.save}</button>
            </div>
          </form>
          <section className="subscribe-section" aria-labelledby="unsubscribe-heading">
            <h2 id="unsubscribe-heading">{t.manage.unsubscribeHeading}</h2>
            <p>{t.manage.unsubscribeLead}</p>
            <UnsubscribeForm locale={locale} token={token} label={t.unsubscribe.button} />
          </section>
        </>
      ) : (
        <p className="subscribe-status">
          {t.manage.unsubscribed} <Link href={localePath(locale, "/subscribe")}>{t.backToSubscribe}</Link>
        </p>
      )}
    </Shell>
  );
}

export function UnsubscribePage({ locale, token, email, subscribed }: { locale: Locale; token: string; email: string; subscribed: boolean }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe" title={subscribed ? t.unsubscribe.title : t.unsubscribe.doneTitle}>
      {subscribed ? (
        <>
          <p>{t.unsubscribe.body(email)}</p>
          <UnsubscribeForm locale={locale} token={token} label={t.unsubscribe.button} />
        </>
      ) : (
        <p>{t.unsubscribe.done}</p>
      )}
    </Shell>
  );
}

export function UnsubscribedPage({ locale }: { locale: Locale }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/unsubscribe/done" title={t.unsubscribe.doneTitle}>
      <p role="status">{t.unsubscribe.done}</p>
      <p>
        <Link href={localePath(locale, "/")}>{t.backToIndex}</Link>
      </p>
    </Shell>
  );
}

/** The 404 of a token page: expired, used or unknown, told apart from no other. */
export function InvalidLinkPage({ locale }: { locale: Locale }) {
  const t = subscriptionMessages[locale];
  return (
    <Shell locale={locale} path="/subscribe" title={t.invalidLink.title}>
      <p>{t.invalidLink.body}</p>
      <p>
        <Link href={localePath(locale, "/subscribe")}>{t.backToSubscribe}</Link>
      </p>
    </Shell>
  );
}
