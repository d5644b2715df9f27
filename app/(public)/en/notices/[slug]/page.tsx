import type { Metadata } from "next";
import { NoticePage } from "@/components/notices/notice-page/notice-page";
import { noticeMetadata } from "@/components/notices/notice-page/notice-metadata";

// Rendered on first request, then cached; publishing revalidates it, and the
// status it shows (upcoming / in progress / past) is at most a minute late.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return noticeMetadata((await params).slug, "en");
}

export default async function Page({ params }: Props) {
  return <NoticePage slug={(await params).slug} locale="en" />;
}
