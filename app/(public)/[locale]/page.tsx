import { NoticeIndexPage } from "@/components/notices/notice-index-page";
import { routeLocale } from "@/lib/i18n/route-locale";

// Status (upcoming / in progress / past) depends on the time: re-render at most a minute late.
export const revalidate = 60;

export default async function Page({ params }: { params: Promise<{ locale: string }> }) {
  return <NoticeIndexPage locale={await routeLocale(params)} />;
}
