import type { Metadata } from "next";
import { HistoryPage } from "@/components/notices/history/history-page";
import { historyMetadata } from "@/components/notices/history/history-metadata";
import { routeLocale } from "@/lib/i18n/route-locale";

// The history shows nothing that changes with the clock: rendered on first request
// and cached; revalidateNotice refreshes it when a revision is published.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return historyMetadata((await params).slug, await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <HistoryPage slug={(await params).slug} locale={await routeLocale(params)} />;
}
