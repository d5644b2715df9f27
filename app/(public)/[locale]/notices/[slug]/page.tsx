import type { Metadata } from "next";
import { NoticePage } from "@/components/notices/notice-page/notice-page";
import { noticeMetadata } from "@/components/notices/notice-page/notice-metadata";
import { routeLocale } from "@/lib/i18n/route-locale";

// Cached (ISR) and refreshed on publication and at its windows' edges by the
// freshness loop (ADR 0005); at most a minute old otherwise.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return noticeMetadata((await params).slug, await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <NoticePage slug={(await params).slug} locale={await routeLocale(params)} />;
}
