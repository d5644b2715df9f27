import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Phrases } from "@/components/site/phrases";
import { SiteShell } from "@/components/site/site-shell";
import { formatDateTime } from "@/lib/format";
import { localePath, type Locale } from "@/lib/i18n/locale";
import { messages } from "@/lib/i18n/messages";
import { getWithdrawnNotice } from "@/lib/notices/withdrawn/queries";

// What a withdrawn notice's addresses show, with status 410 (proxy.ts rewrites them
// here): the title it had, that and when it was withdrawn, and why. Nothing else of
// it stays public (ADR 0012).

/** One read per request, shared by the metadata and the page. */
const load = cache(getWithdrawnNotice);

const pick = (text: { ja: string; en: string | null }, locale: Locale) => (locale === "en" && text.en ? text.en : text.ja);

export async function withdrawnMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const notice = await load(slug);
  const t = messages[locale];
  if (!notice) return { title: t.notFound.noticeTitle };
  // Next adds noindex to any page answered with an error status; said here as well
  return { title: `${t.withdrawn.title}: ${pick(notice.title, locale)}`, robots: { index: false, follow: true } };
}

export async function WithdrawnPage({ slug, locale }: { slug: string; locale: Locale }) {
  const notice = await load(slug);
  if (!notice) notFound();
  const t = messages[locale].withdrawn;
  return (
    <SiteShell locale={locale} alternatePath={`/notices/${slug}`}>
      <h1 className="page-title">
        <Phrases text={t.title} />
      </h1>
      <dl className="withdrawn-facts">
        <dt>{t.notice}</dt>
        <dd lang={locale === "en" && !notice.title.en ? "ja" : undefined}>{pick(notice.title, locale)}</dd>
        <dt>{t.at}</dt>
        <dd>
          <time dateTime={notice.withdrawnAt.toISOString()}>{formatDateTime(notice.withdrawnAt, locale)}</time>
        </dd>
        {notice.reason && (
          <>
            <dt>{t.reason}</dt>
            <dd lang={locale === "en" ? "ja" : undefined}>{notice.reason}</dd>
          </>
        )}
      </dl>
      <p>
        <Link href={localePath(locale, "/")}>{t.back}</Link>
      </p>
    </SiteShell>
  );
}
