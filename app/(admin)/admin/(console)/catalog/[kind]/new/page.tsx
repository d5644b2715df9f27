import type { Metadata } from "next";
import Link from "next/link";
import { CatalogEntryForm } from "@/components/admin/catalog/catalog-entry-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { catalogMessagesIn } from "@/lib/catalog/messages";
import { catalogChoices } from "@/lib/catalog/read";
import { catalogKind, saveActions } from "../kind";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogMessagesIn[await consoleLocale()].title };
}

export default async function NewCatalogEntryPage({ params }: { params: Promise<{ kind: string }> }) {
  const locale = await consoleLocale();
  const m = catalogMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const kind = catalogKind((await params).kind);
  const choices = await catalogChoices();
  return (
    <>
      <p>
        <Link href="/admin/catalog">{m.back}</Link>
      </p>
      <h1>{m.newHeading(m.kinds[kind].singular)}</h1>
      <section className="admin-panel">
        <CatalogEntryForm kind={kind} action={saveActions[kind]} choices={choices} />
      </section>
    </>
  );
}
