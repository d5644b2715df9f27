import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { DoneNotice } from "@/components/admin/done-notice";
import { CreateTokenForm, RevokeTokenForm } from "@/components/admin/merchants/token-forms";
import { requireUserWithRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { formatDateTime } from "@/lib/format/dates";
import { consoleLocale } from "@/lib/i18n/console/server";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { listImportTokens } from "@/lib/merchants/tokens";
import { createTokenAction, revokeTokenAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: merchantMessagesIn[await consoleLocale()].tokens.title };
}

export default async function ImportTokensPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  await requireUserWithRole("ADMIN");
  const locale = await consoleLocale();
  const m = merchantMessagesIn[locale];
  const t = m.tokens;
  const tokens = await listImportTokens(db);
  const { done } = await searchParams;
  return (
    <>
      <h1>{t.title}</h1>
      <p>
        <Link href="/admin/merchants">{m.links.back}</Link>
      </p>
      <DoneNotice message={done === "revoked" ? t.done.revoked : null} />
      <p>{t.intro}</p>
      {tokens.length ? (
        <AdminTable
          rows={tokens}
          columns={[
            { header: t.columns.name, rowHeader: true, cell: (r) => r.name },
            { header: t.columns.createdAt, cell: (r) => formatDateTime(r.createdAt, locale) },
            { header: t.columns.lastUsedAt, cell: (r) => (r.lastUsedAt ? formatDateTime(r.lastUsedAt, locale) : t.never) },
            { header: t.columns.status, cell: (r) => (r.revokedAt ? t.revoked(formatDateTime(r.revokedAt, locale)) : <RevokeTokenForm action={revokeTokenAction} id={r.id} name={r.name} />) },
          ]}
        />
      ) : (
        <p>{t.empty}</p>
      )}
      <section aria-labelledby="new-token" className="admin-panel">
        <h2 id="new-token">{t.create}</h2>
        <CreateTokenForm action={createTokenAction} />
      </section>
    </>
  );
}
