import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminTable } from "@/components/admin/admin-table";
import { DoneNotice } from "@/components/admin/done-notice";
import { DisableWebhookForm, RegisterWebhookForm } from "@/components/admin/merchants/webhook-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/dates";
import { consoleLocale } from "@/lib/i18n/console/server";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { loadMerchant } from "@/lib/merchants/read";
import { sendLogMessagesIn } from "@/lib/notifications/send-log/messages";
import { disableWebhookAction, registerWebhookAction } from "../actions";
import { entryName } from "@/lib/i18n/entry-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: merchantMessagesIn[await consoleLocale()].title };
}

export default async function MerchantPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> }) {
  await requireUserWithRole("ADMIN");
  const locale = await consoleLocale();
  const m = merchantMessagesIn[locale];
  // the send log's own names of events, channels and statuses, as its pages show them
  const sent = sendLogMessagesIn[locale];
  const merchant = await loadMerchant(db, (await params).id);
  if (!merchant) notFound();
  const { done } = await searchParams;
  const name = (entry: { nameJa: string; nameEn: string | null }) => entryName(entry, locale);
  const contracts = [
    { label: m.detail.services, items: merchant.services.map((s) => s.service) },
    { label: m.detail.paymentMethods, items: merchant.paymentMethods.map((p) => p.paymentMethod) },
    { label: m.detail.channels, items: merchant.channels.map((c) => c.channel) },
  ];
  return (
    <>
      <h1>
        {merchant.code} {name(merchant)}
      </h1>
      <p>
        <Link href="/admin/merchants">{m.links.back}</Link>
      </p>
      <DoneNotice message={done === "webhook-disabled" ? m.webhooks.done.disabled : null} />
      <dl className="admin-facts">
        <dt>{m.columns.status}</dt>
        <dd>{merchant.deactivatedAt ? m.detail.deactivated(formatDateTime(merchant.deactivatedAt, locale)) : m.detail.active}</dd>
        <dt>{m.columns.language}</dt>
        <dd>{m.languages[merchant.locale]}</dd>
        <dt>{m.detail.importedAt}</dt>
        <dd>{formatDateTime(merchant.importedAt, locale)}</dd>
      </dl>

      <section aria-labelledby="merchant-contacts" className="admin-section">
        <h2 id="merchant-contacts">{m.detail.contacts}</h2>
        <ul>
          {merchant.contacts.map((contact) => (
            <li key={contact.id}>
              {contact.email}（{m.purposes[contact.purpose]}）
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="merchant-contracts" className="admin-section">
        <h2 id="merchant-contracts">{m.detail.contracts}</h2>
        <dl className="admin-facts">
          {contracts.map((contract) => (
            <div key={contract.label}>
              <dt>{contract.label}</dt>
              <dd>{contract.items.length ? contract.items.map((item) => `${name(item)} (${item.key})`).join(locale === "en" ? ", " : "、") : m.detail.none}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="merchant-webhooks" className="admin-section">
        <h2 id="merchant-webhooks">{m.webhooks.heading}</h2>
        <p>{m.webhooks.help}</p>
        {merchant.webhooks.length ? (
          <AdminTable
            rows={merchant.webhooks}
            columns={[
              { header: m.webhooks.columns.url, rowHeader: true, cell: (w) => <code>{w.url}</code> },
              { header: m.webhooks.columns.description, cell: (w) => w.description ?? "" },
              { header: m.webhooks.columns.createdAt, cell: (w) => formatDateTime(w.createdAt, locale) },
              {
                header: m.webhooks.columns.status,
                cell: (w) => (w.disabledAt ? m.webhooks.disabled(formatDateTime(w.disabledAt, locale)) : <DisableWebhookForm action={disableWebhookAction} id={w.id} merchantId={merchant.id} url={w.url} />),
              },
            ]}
          />
        ) : (
          <p>{m.webhooks.empty}</p>
        )}
        <RegisterWebhookForm action={registerWebhookAction} merchantId={merchant.id} />
      </section>

      <section aria-labelledby="merchant-send-logs" className="admin-section">
        <h2 id="merchant-send-logs">{m.detail.sendLogs}</h2>
        {merchant.sendLogs.length ? (
          <AdminTable
            rows={merchant.sendLogs}
            columns={[
              { header: m.detail.sendLogColumns.at, cell: (s) => formatDateTime(s.createdAt, locale) },
              { header: m.detail.sendLogColumns.event, cell: (s) => sent.events[s.event] },
              { header: m.detail.sendLogColumns.channel, cell: (s) => sent.channels[s.channel] },
              { header: m.detail.sendLogColumns.recipient, cell: (s) => s.recipient ?? "" },
              { header: m.detail.sendLogColumns.status, cell: (s) => sent.statuses[s.status] },
            ]}
          />
        ) : (
          <p>{m.detail.sendLogsEmpty}</p>
        )}
      </section>
    </>
  );
}
