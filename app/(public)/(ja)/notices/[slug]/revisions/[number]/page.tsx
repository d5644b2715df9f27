import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoticePage } from "@/components/notices/notice-page/notice-page";
import { noticeMetadata } from "@/components/notices/notice-page/notice-metadata";

// A published revision never changes, but its status line does: rendered per
// request from cached data, like the notice page.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; number: string }> };

const revisionNumber = (raw: string) => (/^[1-9][0-9]{0,5}$/.test(raw) ? Number(raw) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number } = await params;
  const n = revisionNumber(number);
  return n ? noticeMetadata(slug, "ja", n) : {};
}

export default async function Page({ params }: Props) {
  const { slug, number } = await params;
  const n = revisionNumber(number);
  if (!n) notFound();
  return <NoticePage slug={slug} locale="ja" number={n} />;
}
