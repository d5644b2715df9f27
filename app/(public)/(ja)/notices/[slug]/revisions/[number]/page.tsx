import type { Metadata } from "next";
import { RevisionPage, revisionMetadata, type RevisionParams } from "@/components/notices/notice-page/revision-route";

// Cached (ISR) and refreshed on publication and at its windows' edges by the
// freshness loop (ADR 0005); at most a minute old otherwise.
export const revalidate = 60;
export const generateStaticParams = async () => [];

export function generateMetadata({ params }: { params: RevisionParams }): Promise<Metadata> {
  return revisionMetadata(params, "ja");
}

export default function Page({ params }: { params: RevisionParams }) {
  return <RevisionPage params={params} locale="ja" />;
}
