import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/locale";
import { NoticePage } from "./notice-page";
import { noticeMetadata } from "./notice-metadata";

// The page of one published revision (/notices/{slug}/revisions/{n}).

/** A revision number from the URL: 1 to 999999, no leading zero; anything else is a 404. */
export const revisionNumber = (raw: string) => (/^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null);

export async function revisionMetadata(slug: string, number: string, locale: Locale): Promise<Metadata> {
  const n = revisionNumber(number);
  return n ? noticeMetadata(slug, locale, n) : {};
}

export function RevisionPage({ slug, number, locale }: { slug: string; number: string; locale: Locale }) {
  const n = revisionNumber(number);
  if (!n) notFound();
  return <NoticePage slug={slug} locale={locale} number={n} />;
}
