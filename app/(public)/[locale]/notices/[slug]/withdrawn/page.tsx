import type { Metadata } from "next";
import { WithdrawnPage, withdrawnMetadata } from "@/components/notices/withdrawn/withdrawn-page";
import { routeLocale } from "@/lib/i18n/route-locale";

// A withdrawn notice's addresses are rewritten here by proxy.ts, with status 410.
// Cached like the notice page it replaces and refreshed with it (revalidateNotice);
// a slug that is not withdrawn answers 404.
export const revalidate = 60;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return withdrawnMetadata((await params).slug, await routeLocale(params));
}

export default async function Page({ params }: Props) {
  return <WithdrawnPage slug={(await params).slug} locale={await routeLocale(params)} />;
}
