import { noticeSummaries } from "@/lib/notices/summaries";
import { ui, type Locale } from "@/lib/i18n";
import { SiteShell } from "@/components/site/site-shell";
import { NoticeList } from "./notice-list";

export async function NoticeIndexPage({ locale }: { locale: Locale }) {
  const notices = await noticeSummaries();
  return (
    <SiteShell locale={locale} alternatePath="/">
      <h1 className="page-title">{ui[locale].noticesHeading}</h1>
      <NoticeList notices={notices} locale={locale} />
    </SiteShell>
  );
}
