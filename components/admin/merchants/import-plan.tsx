import type { Locale } from "@/lib/i18n/locale";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import type { FieldChange, ImportPlan } from "@/lib/merchants/plan";
import { TableScroll } from "@/components/admin/table-scroll";
import { entryName } from "@/lib/i18n/entry-name";

/** The preview of an import: what is added, changed field by field, and deactivated. */
export function ImportPlanView({ plan, locale }: { plan: ImportPlan; locale: Locale }) {
  const m = merchantMessagesIn[locale];
  const p = m.preview;
  const list = (items: string[]) => (items.length ? items.join(locale === "en" ? ", " : "、") : "—");
  const scalar = (change: FieldChange & { before: unknown }, value: unknown) =>
    change.field === "active" ? (value ? m.detail.active : m.deactivatedHeading) : change.field === "locale" ? m.languages[value as "ja" | "en"] : value === null || value === "" ? "—" : String(value);
  return (
    <div className="admin-merchant-plan">
      <p className="admin-count">{p.summary(plan.created.length, plan.changed.length, plan.deactivated.length, plan.unchanged)}</p>
      {plan.mode === "FULL" ? <p className="admin-warning">{p.fullWarning}</p> : null}
      {!plan.created.length && !plan.changed.length && !plan.deactivated.length ? <p role="status">{p.nothing}</p> : null}
      {plan.created.length ? (
        <section aria-labelledby="plan-created" className="admin-section">
          <h2 id="plan-created">{p.created}</h2>
          <TableScroll label={m.tableOf(p.created)}>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{m.columns.code}</th>
                  <th scope="col">{m.columns.name}</th>
                  <th scope="col">{m.columns.language}</th>
                  <th scope="col">{p.fields.contacts}</th>
                  <th scope="col">{m.columns.contracts}</th>
                </tr>
              </thead>
              <tbody>
                {plan.created.map((row) => (
                  <tr key={row.code}>
                    <th scope="row">{row.code}</th>
                    <td>{entryName(row, locale)}</td>
                    <td>{m.languages[row.locale]}</td>
                    <td>{list(row.contacts.map((c) => `${c.email}（${m.purposes[c.purpose]}）`))}</td>
                    <td>{list([...row.services, ...row.paymentMethods, ...row.channels])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ) : null}
      {plan.changed.length ? (
        <section aria-labelledby="plan-changed" className="admin-section">
          <h2 id="plan-changed">{p.changed}</h2>
          {plan.changed.map((merchant) => (
            <TableScroll key={merchant.code} label={`${merchant.code} ${merchant.nameJa}`}>
              <table className="admin-table">
                <caption>
                  {merchant.code} {merchant.nameJa}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{p.field}</th>
                    <th scope="col">{p.before}</th>
                    <th scope="col">{p.after}</th>
                  </tr>
                </thead>
                <tbody>
                  {merchant.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{p.fields[change.field]}</th>
                      {"added" in change ? (
                        <>
                          <td>
                            {p.removed}: {list(change.removed)}
                          </td>
                          <td>
                            {p.added}: {list(change.added)}
                          </td>
                        </>
                      ) : (
                        <>
                          <td>{scalar(change, change.before)}</td>
                          <td>{scalar(change, change.after)}</td>
                        </>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ))}
        </section>
      ) : null}
      {plan.deactivated.length ? (
        <section aria-labelledby="plan-deactivated" className="admin-section">
          <h2 id="plan-deactivated">{p.deactivated}</h2>
          <ul>
            {plan.deactivated.map((d) => (
              <li key={d.code}>
                {d.code} {d.nameJa}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
