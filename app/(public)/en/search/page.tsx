import type { Metadata } from "next";
import { NoticeIndexPage } from "@/components/notices/notice-index-page";

// `/en?service=…&q=…` is rewritten here (next.config.ts): `/en` itself stays a cached page.
export const metadata: Metadata = { title: "Search notices", robots: { index: false, follow: true } };

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <NoticeIndexPage locale="en" searchParams={await searchParams} />;
}
