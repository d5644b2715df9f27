import type { Metadata } from "next";
import { HistoryPage } from "@/components/notices/history/history-page";
import { historyMetadata } from "@/components/notices/history/history-metadata";

// The history shows nothing that changes with the clock: rendered on first request
// and cached; revalidateNotice refreshes it when a revision is published.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return historyMetadata((await params).slug, "en");
}

export default async function Page({ params }: Props) {
  return <HistoryPage slug={(await params).slug} locale="en" />;
}
