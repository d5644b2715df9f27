import type { Metadata } from "next";
import { NoticeIndexPage } from "@/components/notices/notice-index-page";
import { messages } from "@/lib/i18n/messages";
import { routeLocale } from "@/lib/i18n/route-locale";

// `/?service=…&q=…` and `/en?…` are rewritten here (next.config.ts): `/` and `/en`
// stay cached pages. Filter combinations are endless, so search engines keep to `/`.
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: messages[await routeLocale(params)].site.searchTitle, robots: { index: false, follow: true } };
}

export default async function Page({ params, searchParams }: Props) {
  return <NoticeIndexPage locale={await routeLocale(params)} searchParams={await searchParams} />;
}
