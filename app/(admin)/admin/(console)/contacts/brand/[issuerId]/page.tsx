import type { Metadata } from "next";
import Link from "next/link";
import { IssuerForm, ScreenDefaultsForm } from "@/components/admin/contacts/brand-forms";
import { EmbedSettings } from "@/components/admin/contacts/embed-settings";
import { DoneNotice } from "@/components/admin/done-notice";
import { requireUserWithRole } from "@/lib/auth/session";
import { contactMessagesIn } from "@/lib/contacts/messages";
import { loadIssuerForEdit } from "@/lib/contacts/load";
import { SAMPLE_WINDOW } from "@/lib/contacts/screen-preview";
import { periodsInEveryStyle } from "@/lib/format/period-style";
import { issuerSnapshotOf } from "@/lib/notices/content/snapshots";
import { embedChannels } from "@/lib/contacts/embed-load";
import { embedMessagesIn } from "@/lib/contacts/embed-messages";
import { siteUrl } from "@/lib/site-url";
import { saveEmbedSettingsAction, saveIssuerAction, saveScreenDefaultsAction } from "../../actions";
import { formValues } from "../../form-values";
import { consoleLocale } from "@/lib/i18n/console/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: contactMessagesIn[await consoleLocale()].title };
}

export default async function BrandPage({ params, searchParams }: { params: Promise<{ issuerId: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const locale = await consoleLocale();
  const m = contactMessagesIn[locale];
  await requireUserWithRole("ADMIN");
  const { record: issuer, doneMessage: savedMessage } = await loadIssuerForEdit(params, searchParams);
  // the embed section's own confirmation (its strings live apart from the screen texts' form)
  const doneMessage = savedMessage ?? ((await searchParams).done === "embed" ? embedMessagesIn[locale].done : null);
  const { screenDefaults, ...fields } = issuer;
  const screen = screenDefaults[0];
  const channels = screen ? await embedChannels(locale) : [];
  return (
    <>
      <p>
        <Link href="/admin/contacts">{m.back}</Link>
      </p>
      <h1>{m.brand.editHeading(issuer.nameJa)}</h1>
      <DoneNotice message={doneMessage} />
      <section className="admin-panel">
        <IssuerForm key={issuer.updatedAt.toISOString()} action={saveIssuerAction} issuer={{ ...formValues(fields), id: issuer.id }} />
      </section>
      {screen ? (
        <section className="admin-panel">
          <ScreenDefaultsForm
            key={screen.updatedAt.toISOString()}
            action={saveScreenDefaultsAction}
            defaults={{ ...formValues(screen), issuerId: issuer.id }}
            periods={periodsInEveryStyle(SAMPLE_WINDOW.start, SAMPLE_WINDOW.end)}
            issuer={issuerSnapshotOf(issuer)}
          />
        </section>
      ) : null}
      {screen ? (
        <section className="admin-panel">
          <EmbedSettings
            key={screen.updatedAt.toISOString()}
            action={saveEmbedSettingsAction}
            issuerId={issuer.id}
            frameAncestors={screen.frameAncestors}
            channels={channels}
            baseUrl={siteUrl("/")}
          />
        </section>
      ) : null}
    </>
  );
}
