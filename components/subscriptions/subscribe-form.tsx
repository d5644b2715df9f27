"use client";
// The subscription form. With JavaScript it posts to the route handler and shows the
// answer in place: field errors beside their fields, the rate limit's message, or
// "check your mailbox" (the same whether or not the address was subscribed). Without
// JavaScript the same form posts and the handler answers with a page.
import { useRef, useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/locale";
import type { FilterKind, FilterOption } from "@/lib/notifications/subscriptions/catalog";
import { subscriptionMessages, type FieldErrors } from "@/lib/notifications/subscriptions/messages";
import { FilterFields } from "./filter-fields";

type State = { kind: "idle" | "sending" } | { kind: "sent" } | { kind: "refused"; errors: FieldErrors; message: string };

export function SubscribeForm({ locale, options }: { locale: Locale; options: Record<FilterKind, FilterOption[]> }) {
  const t = subscriptionMessages[locale];
  const [state, setState] = useState<State>({ kind: "idle" });
  const status = useRef<HTMLDivElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: "sending" });
    const response = await fetch("/api/subscriptions", { method: "POST", body: new FormData(event.currentTarget), headers: { Accept: "application/json" } }).catch(() => null);
    const body = (await response?.json().catch(() => null)) as { errors?: FieldErrors; message?: string } | null;
    if (response?.ok) setState({ kind: "sent" });
    else setState({ kind: "refused", errors: body?.errors ?? {}, message: body?.message ?? t.errors.failed });
    requestAnimationFrame(() => status.current?.focus());
  }

  if (state.kind === "sent")
    return (
      <div ref={status} tabIndex={-1} role="status" className="subscribe-status">
        <h2>{t.sent.title}</h2>
        <p>{t.sent.body}</p>
        <p>{t.sent.again}</p>
      </div>
    );
  const errors = state.kind === "refused" ? state.errors : {};
  return (
    <form method="post" action="/api/subscriptions" className="subscribe-form" onSubmit={submit} noValidate>
      {state.kind === "refused" && (
        <div ref={status} tabIndex={-1} role="alert" className="subscribe-status subscribe-status--error">
          {state.message}
        </div>
      )}
      <div className="subscribe-form__field">
        <label htmlFor="subscribe-email">{t.subscribe.email}</label>
        <input
          id="subscribe-email"
          type="email"
          name="email"
          autoComplete="email"
          required
          maxLength={254}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "subscribe-email-error" : undefined}
        />
        {errors.email && (
          <p id="subscribe-email-error" className="subscribe-form__error">
            {errors.email}
          </p>
        )}
      </div>
      <FilterFields t={t} options={options} values={{ locale, services: [], paymentMethods: [], channels: [] }} errors={errors} />
      <p className="subscribe-form__hint">
        {t.subscribe.doubleOptIn} {t.subscribe.privacy}
      </p>
      <div className="subscribe-form__actions">
        <button type="submit" disabled={state.kind === "sending"}>
          {t.subscribe.submit}
        </button>
      </div>
    </form>
  );
}
