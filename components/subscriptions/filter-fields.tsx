// The language and catalog filter of a subscription: the subscribe form and the manage
// page both show these fields, with the names the one schema parses (lib/notifications/subscriptions/schema.ts).
import type { FilterKind, FilterOption } from "@/lib/notifications/subscriptions/catalog";
import type { FieldErrors, SubscriptionMessages } from "@/lib/notifications/subscriptions/messages";

export interface FilterValues {
  locale: "ja" | "en";
  services: string[];
  paymentMethods: string[];
  channels: string[];
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="subscribe-form__error">
      {message}
    </p>
  ) : null;
}

export function FilterFields({ t, options, values, errors }: { t: SubscriptionMessages; options: Record<FilterKind, FilterOption[]>; values: FilterValues; errors: FieldErrors }) {
  const s = t.subscribe;
  return (
    <>
      <fieldset aria-describedby={errors.locale ? "subscribe-locale-error" : undefined}>
        <legend>{s.locale}</legend>
        <ul className="subscribe-form__choices">
          {(["ja", "en"] as const).map((l) => (
            <li key={l}>
              <label>
                <input type="radio" name="locale" value={l} defaultChecked={values.locale === l} />
                {s.locales[l]}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="subscribe-locale-error" message={errors.locale} />
      </fieldset>
      <fieldset aria-describedby="subscribe-filters-hint">
        <legend>{s.filters}</legend>
        <p id="subscribe-filters-hint" className="subscribe-form__hint">
          {s.filtersHint}
        </p>
        {(["services", "paymentMethods", "channels"] as const).map((kind) => (
          <div key={kind} role="group" aria-labelledby={`subscribe-${kind}-title`} aria-describedby={errors[kind] ? `subscribe-${kind}-error` : undefined}>
            <p id={`subscribe-${kind}-title`} className="subscribe-form__group-title subscribe-form__label">
              {s[kind]}
            </p>
            <ul className="subscribe-form__choices">
              {options[kind].map((o) => (
                <li key={o.key}>
                  <label>
                    <input type="checkbox" name={kind} value={o.key} defaultChecked={values[kind].includes(o.key)} />
                    {o.name}
                  </label>
                </li>
              ))}
            </ul>
            <FieldError id={`subscribe-${kind}-error`} message={errors[kind]} />
          </div>
        ))}
      </fieldset>
    </>
  );
}
