import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplyImportForm, ImportForm } from "@/components/admin/merchants/import-form";
import { ImportPlanView } from "@/components/admin/merchants/import-plan";
import { requireUserWithRole } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { consoleLocale } from "@/lib/i18n/console/server";
import { exampleCsv, merchantColumns, optionalColumns } from "@/lib/merchants/columns";
import { loadImport } from "@/lib/merchants/import";
import { merchantMessagesIn } from "@/lib/merchants/messages";
import { applyImportAction, previewImportAction } from "../actions";
import { TableScroll } from "@/components/admin/table-scroll";

export async function generateMetadata(): Promise<Metadata> {
  return { title: merchantMessagesIn[await consoleLocale()].importPage.title };
}

export default async function MerchantImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireUserWithRole("ADMIN");
  const locale = await consoleLocale();
  const m = merchantMessagesIn[locale];
  const { preview } = await searchParams;
  if (preview !== undefined) {
    const stored = typeof preview === "string" ? await loadImport(db, preview) : null;
    if (!stored) notFound();
    return (
      <>
        <h1>{m.preview.heading}</h1>
        <p>
          {stored.fileName} ・ {m.importPage.modes[stored.mode]}
        </p>
        <ImportPlanView plan={stored.plan} locale={locale} />
        {stored.appliedAt ? <p role="status">{m.errors.importApplied}</p> : <ApplyImportForm action={applyImportAction} importId={stored.id} />}
        <p>
          <Link href="/admin/merchants/import">{m.preview.again}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{m.importPage.title}</h1>
      <p>
        <Link href="/admin/merchants">{m.links.back}</Link>
      </p>
      <p>{m.importPage.intro}</p>
      <ImportForm action={previewImportAction} />
      <section aria-labelledby="csv-format" className="admin-section">
        <h2 id="csv-format">{m.importPage.formatHeading}</h2>
        <p>{m.importPage.formatHelp}</p>
        <TableScroll label={m.importPage.formatTable}>
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{m.importPage.columnHeadings.column}</th>
                <th scope="col">{m.importPage.columnHeadings.meaning}</th>
                <th scope="col">{m.importPage.columnHeadings.required}</th>
              </tr>
            </thead>
            <tbody>
              {merchantColumns.map((column) => (
                <tr key={column}>
                  <th scope="row">
                    <code>{column}</code>
                  </th>
                  <td>{m.importPage.columnMeanings[column]}</td>
                  <td>{optionalColumns.includes(column) ? m.importPage.requiredNo : m.importPage.requiredYes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <h3>{m.importPage.example}</h3>
        <pre className="admin-merchant-example">{exampleCsv}</pre>
      </section>
    </>
  );
}
