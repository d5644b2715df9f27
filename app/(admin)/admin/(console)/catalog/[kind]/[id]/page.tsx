import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CatalogEntryForm } from "@/components/admin/catalog/catalog-entry-form";
import { CoveringWindows } from "@/components/admin/catalog/covering-windows";
import { RetireForm } from "@/components/admin/catalog/retire-form";
import { DoneNotice } from "@/components/admin/done-notice";
import { requireUserWithRole } from "@/lib/auth/session";
import { catalogMessagesIn } from "@/lib/catalog/messages";
import { catalogChoices, readEntry } from "@/lib/catalog/read";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { windowsCoveringChannel } from "@/lib/maintenance/covering";
import { setRetiredAction } from "../../actions";
import { catalogKind, saveActions } from "../kind";
import { consoleLocale } from "@/lib/i18n/console/server";

/** How far ahead a channel's page lists the windows that stop it. */
const COVERING_DAYS = 90;

export async function generateMetadata(): Promise<Metadata> {
  return { title: catalogMessagesIn[await consoleLocale()].title };
}

export default async function CatalogEntryPage({ params, searchParams }: { params: Promise<{ kind: string; id: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = catalogMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const { kind: segment, id } = await params;
  const kind = catalogKind(segment);
  const [entry, choices, { done }] = await Promise.all([readEntry(kind, id), catalogChoices(), searchParams]);
  if (!entry) notFound();
  const at = now();
  const covering = kind === "channels" ? await windowsCoveringChannel(db, entry.key, at, new Date(at.getTime() + COVERING_DAYS * 86_400_000)) : null;
  const notice = typeof done === "string" && done in m.done ? m.done[done as keyof typeof m.done] : null;
  return (
    <>
      <p>
        <Link href="/admin/catalog">{m.back}</Link>
      </p>
      <h1>{m.editHeading(m.kinds[kind].singular, entry.nameJa)}</h1>
      <DoneNotice message={notice} />
      <section className="admin-panel">
        <CatalogEntryForm key={JSON.stringify(entry)} kind={kind} action={saveActions[kind]} choices={choices} entry={entry} />
      </section>
      {covering && <CoveringWindows windows={covering} locale={locale} />}
      <section className="admin-panel">
        <RetireForm key={String(entry.archivedAt)} kind={kind} id={entry.id} retired={entry.archivedAt !== null} action={setRetiredAction} />
      </section>
    </>
  );
}
