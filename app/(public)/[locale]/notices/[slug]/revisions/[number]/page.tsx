import type { Metadata } from "next";
import { RevisionPage, revisionMetadata } from "@/components/notices/notice-page/revision-route";
import { routeLocale } from "@/lib/i18n/route-locale";

// Cached (ISR) and refreshed on publication and at its windows' edges by the
// freshness loop (ADR 0005); at most a minute old otherwise.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number } = await params;
  return revisionMetadata(slug, number, await routeLocale(params));
}

export default async function Page({ params }: Props) {
  const { slug, number } = await params;
  return <RevisionPage slug={slug} number={number} locale={await routeLocale(params)} />;
}
