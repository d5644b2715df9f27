import type { Metadata } from "next";
import { NoticePage } from "@/components/notices/notice-page/notice-page";
import { noticeMetadata } from "@/components/notices/notice-page/notice-metadata";
import { routeLocale } from "@/lib/i18n/route-locale";
import { draftPreview } from "@/lib/notices/preview/draft-preview";

// Cached (ISR) and refreshed on publication and at its windows' edges by the
// freshness loop (ADR 0005); at most a minute old otherwise. In draft mode (staff
// only, lib/notices/preview/draft-preview.ts) it renders per request instead.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const locale = await routeLocale(params);
  const preview = await draftPreview(slug, searchParams);
  if (!preview) return noticeMetadata(slug, locale);
  const { title } = preview.input.content;
  return { title: locale === "en" && title.en ? title.en : title.ja, robots: { index: false, follow: false } };
}

export default async function Page({ params, searchParams }: Props) {
  const { slug } = await params;
  return <NoticePage slug={slug} locale={await routeLocale(params)} preview={await draftPreview(slug, searchParams)} />;
}
