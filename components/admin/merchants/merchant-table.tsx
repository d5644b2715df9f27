import Link from "next/link";
import type { Locale } from "@/lib/i18n/locale";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import type { MerchantListRow } from "@/lib/merchants/read";
import { AdminTable } from "../admin-table";
import { entryName } from "@/lib/i18n/entry-name";


/** The merchants with their contacts and contracts (catalog names in the console's language). */
export function MerchantTable({ merchants, locale, caption }: { merchants: readonly MerchantListRow[]; locale: Locale; caption: string }) {
  const m = merchantMessagesIn[locale];
  return (
    <AdminTable
      rows={merchants}
      caption={caption}
      columns={[
        { header: m.columns.code, rowHeader: true, cell: (r) => <Link href={`/admin/merchants/${r.id}`}>{r.code}</Link> },
        { header: m.columns.name, cell: (r) => entryName(r, locale) },
        { header: m.columns.language, cell: (r) => m.languages[r.locale] },
        { header: m.columns.contacts, cell: (r) => r.contacts.length },
        {
          header: m.columns.contracts,
          cell: (r) =>
            [...r.services.map((s) => entryName(s.service, locale)), ...r.paymentMethods.map((p) => entryName(p.paymentMethod, locale)), ...r.channels.map((c) => entryName(c.channel, locale))].join(locale === "en" ? ", " : "、") ||
            m.detail.none,
        },
      ]}
    />
  );
}
