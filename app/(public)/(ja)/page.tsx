import { NoticeIndexPage } from "@/components/notices/notice-index-page";

// Status (upcoming / in progress / past) depends on the time: re-render at most a minute late.
export const revalidate = 60;

export default function Page() {
  return <NoticeIndexPage locale="ja" />;
}
