import Link from "next/link";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { noticeKinds } from "@/lib/notices/content/schema";
import { isFiltered, MAX_QUERY_LENGTH, type IndexQuery } from "@/lib/notices/listing/query";
import type { CatalogEntry, IndexFacets } from "@/lib/notices/listing/listing";
import { messages } from "@/lib/i18n/messages";

type Option = { value: string; label: string };

function Select({ name, label, options, value, any }: { name: string; label: string; options: Option[]; value: string | number | null; any: string }) {
  const id = `index-${name}`;
  return (
    <div className="index-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value === null ? "" : String(value)}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const catalogOptions = (entries: CatalogEntry[], locale: Locale): Option[] =>
  entries.map((e) => ({ value: e.key, label: locale === "en" && e.nameEn ? e.nameEn : e.nameJa }));

/** How many conditions narrow the list (the keyword counts as one). */
const activeConditions = (query: IndexQuery) => [query.q, query.service, query.paymentMethod, query.channel, query.kind, query.year].filter((v) => v !== null).length;

/**
 * A plain GET form: it works without JavaScript, and what it submits is the shareable
 * address (`/?service=webcollect&kind=SCHEDULED`). Submitting starts again at page 1.
 * On a phone it folds away behind its summary, so that the notices come first; wider
 * screens show it open, without the toggle (notice-index.css, ::details-content).
 */
export function IndexFilterForm({ locale, query, facets }: { locale: Locale; query: IndexQuery; facets: IndexFacets }) {
  const t = messages[locale].index;
  // a year from a shared link stays selectable even when no notice has it any more
  const years = query.year !== null && !facets.years.includes(query.year) ? [query.year, ...facets.years] : facets.years;
  const active = activeConditions(query);
  return (
    <details className="index-filters-fold">
      <summary className="index-filters-fold__summary">
        {t.filtersToggle}
        {active > 0 && <span className="index-filters-fold__count"> {t.activeConditions(active)}</span>}
      </summary>
      <form method="get" action={localePath(locale, "/")} role="search" aria-label={t.filters} className="index-filters">
        <div className="index-filters__field index-filters__field--wide">
          <label htmlFor="index-q">{t.params.q}</label>
          <input id="index-q" type="search" name="q" defaultValue={query.q ?? ""} maxLength={MAX_QUERY_LENGTH} aria-describedby="index-q-hint" />
          <p id="index-q-hint" className="index-filters__hint">
            {t.keywordHint}
          </p>
        </div>
        <Select name="service" label={t.params.service} options={catalogOptions(facets.services, locale)} value={query.service} any={t.any} />
        <Select name="paymentMethod" label={t.params.paymentMethod} options={catalogOptions(facets.paymentMethods, locale)} value={query.paymentMethod} any={t.any} />
        <Select name="channel" label={t.params.channel} options={catalogOptions(facets.channels, locale)} value={query.channel} any={t.any} />
        <Select name="kind" label={t.params.kind} options={noticeKinds.map((k) => ({ value: k, label: messages[locale].kinds[k] }))} value={query.kind} any={t.any} />
        <Select name="year" label={t.params.year} options={years.map((y) => ({ value: String(y), label: t.yearOption(y) }))} value={query.year} any={t.any} />
        <div className="index-filters__actions">
          <button type="submit" className="button">
            {t.apply}
          </button>
          {isFiltered(query) && <Link href={localePath(locale, "/")}>{t.clear}</Link>}
        </div>
      </form>
    </details>
  );
}
