import type { Metadata } from "next";
import Link from "next/link";
import { DoneNotice } from "@/components/admin/done-notice";
import { MerchantTable } from "@/components/admin/merchants/merchant-table";
import { requireUserWithRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { consoleLocale } from "@/lib/i18n/console/server";
import { appliedImportSummary } from "@/lib/merchants/console-import";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { catalogOptions, listMerchants, parseMerchantFilter } from "@/lib/merchants/read";
import { entryName } from "@/lib/i18n/entry-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: merchantMessagesIn[await consoleLocale()].title };
}

export default async function MerchantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUserWithRole("ADMIN");
  const locale = await consoleLocale();
  const m = merchantMessagesIn[locale];
  const params = await searchParams;
  const filter = parseMerchantFilter(params);
  const [{ active, deactivated }, catalog, imported] = await Promise.all([listMerchants(db, filter), catalogOptions(db), appliedImportSummary(params.imported)]);
  const name = (entry: { nameJa: string; nameEn: string | null }) => entryName(entry, locale);
  const selects = [
    { id: "service", label: m.search.service, options: catalog.services, value: filter.service },
    { id: "paymentMethod", label: m.search.paymentMethod, options: catalog.paymentMethods, value: filter.paymentMethod },
    { id: "channel", label: m.search.channel, options: catalog.channels, value: filter.channel },
  ];
  return (
    <>
      <div className="admin-page-head">
        <h1>{m.title}</h1>
        <Link className="admin-button-link" href="/admin/merchants/import">
          {m.links.import}
        </Link>
        <Link href="/admin/merchants/tokens">{m.links.tokens}</Link>
      </div>
      <DoneNotice message={imported && (imported.nothingChanged ? m.preview.appliedNothing : m.preview.applied(imported.created, imported.changed, imported.deactivated))} />
      <p>{m.intro}</p>
      <search>
        <form className="admin-filters" method="get" action="/admin/merchants" aria-label={m.search.submit}>
          <div className="admin-field">
            <label htmlFor="merchant-q">{m.search.label}</label>
            <input id="merchant-q" type="search" name="q" defaultValue={filter.q ?? ""} />
          </div>
          {selects.map((select) => (
            <div className="admin-field" key={select.id}>
              <label htmlFor={`merchant-${select.id}`}>{select.label}</label>
              <select id={`merchant-${select.id}`} name={select.id} defaultValue={select.value ?? ""}>
                <option value="">{m.search.any}</option>
                {select.options.map((option) => (
                  <option key={option.key} value={option.key}>
                    {name(option)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit">{m.search.submit}</button>
        </form>
      </search>
      <p aria-live="polite" className="admin-count">
        {m.counts(active.length, deactivated.length)}
      </p>
      <section aria-labelledby="active-merchants" className="admin-section">
        <h2 id="active-merchants">{m.activeHeading}</h2>
        {active.length ? <MerchantTable merchants={active} locale={locale} caption={m.activeHeading} /> : <p>{m.empty}</p>}
      </section>
      {deactivated.length ? (
        <section aria-labelledby="deactivated-merchants" className="admin-section admin-merchants-deactivated">
          <h2 id="deactivated-merchants">{m.deactivatedHeading}</h2>
          <p>{m.deactivatedHelp}</p>
          <MerchantTable merchants={deactivated} locale={locale} caption={m.deactivatedHeading} />
        </section>
      ) : null}
    </>
  );
}
