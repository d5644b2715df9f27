import { NoticeIndexPage } from "@/components/notices/notice-index-page";

export const revalidate = 60;

export default function Page() {
  return <NoticeIndexPage locale="en" />;
}
