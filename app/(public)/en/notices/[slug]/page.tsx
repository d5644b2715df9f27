import type { Metadata } from "next";
import { NoticePage } from "@/components/notices/notice-page/notice-page";
import { noticeMetadata } from "@/components/notices/notice-page/notice-metadata";

// Rendered per request from cached data (lib/notices/load-notice-cached.ts): the
// status it shows is always current, and the database is not queried per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return noticeMetadata((await params).slug, "en");
}

export default async function Page({ params }: Props) {
  return <NoticePage slug={(await params).slug} locale="en" />;
}
