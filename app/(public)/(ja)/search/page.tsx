import type { Metadata } from "next";
import { NoticeIndexPage } from "@/components/notices/notice-index-page";

// `/?service=…&q=…` is rewritten here (next.config.ts): `/` itself stays a cached page.
// Filter combinations are endless, so search engines are kept to `/`.
export const metadata: Metadata = { title: "お知らせの検索", robots: { index: false, follow: true } };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <NoticeIndexPage locale="ja" searchParams={await searchParams} />;
}
