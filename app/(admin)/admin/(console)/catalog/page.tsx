import type { Metadata } from "next";
import { CatalogTable } from "@/components/admin/catalog/catalog-table";
import { ErrorCodeFormatForm } from "@/components/admin/catalog/error-code-format-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { requireUserWithRole } from "@/lib/auth/session";
import { catalogKinds, catalogMessagesIn } from "@/lib/catalog/messages";
import { readCatalog, readErrorCodeFormats } from "@/lib/catalog/read";
import { saveErrorCodeFormatAction } from "./actions";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogMessagesIn[await consoleLocale()].title };
}

export default async function CatalogPage({ searchParams }: { searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = catalogMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const [catalog, formats, { done }] = await Promise.all([readCatalog(), readErrorCodeFormats(), searchParams]);
  return (
    <>
      <h1>{m.title}</h1>
      <p>{m.intro}</p>
      <DoneNotice message={done === "format" ? m.done.format : null} />
      {catalogKinds.map((kind) => (
        <CatalogTable key={kind} kind={kind} rows={catalog[kind]} />
      ))}
      {formats.map((format) => (
        <section key={format.id} className="admin-panel">
          <ErrorCodeFormatForm
            key={format.errorCodePattern}
            action={saveErrorCodeFormatAction}
            issuerId={format.issuerId}
            issuerName={formats.length > 1 ? format.issuer.nameJa : null}
            pattern={format.errorCodePattern}
            defaultCode={format.errorCode}
          />
        </section>
      ))}
    </>
  );
}
